package org.commonground.storage.rounds;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Tag ids kept in one column as {@code 3,17,42}: they are only ever read with their pair. */
public final class TagIds {

  private TagIds() {}

  public static String join(List<Integer> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  public static List<Integer> parse(String column) {
    if (column == null || column.isBlank()) {
      return List.of();
    }
    return Arrays.stream(column.split(",")).map(Integer::valueOf).toList();
  }
}
