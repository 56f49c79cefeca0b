package org.commonground.storage.testing;

import java.util.List;

/**
 * Names of the most characters the app accepts whose keys grow the most: {@code &} reads as "and",
 * {@code İ} lower-cases to two characters, and emoji are surrogate pairs (two UTF-16 units, the
 * unit Java's {@code length()} and H2's {@code VARCHAR} count; PostgreSQL counts one code point).
 */
public final class LongestNames {

  /** The longest tag name, tag alias and tag suggestion the app accepts. */
  public static final int TAG = 80;

  /** The longest organisation name the app accepts. */
  public static final int ORGANISATION = 120;

  private static final String EMOJI = "\uD83C\uDF0D";

  private LongestNames() {}

  /** Names of exactly {@code length} UTF-16 units, each with a different key. */
  public static List<String> of(int length) {
    return List.of(
        "&".repeat(length),
        fill("<&", length),
        fill(EMOJI + "&", length),
        fill("\u0130&", length),
        fill("&" + EMOJI + "<", length));
  }

  /** {@code unit} repeated, then topped up with {@code &} to exactly {@code length}. */
  private static String fill(String unit, int length) {
    String repeated = unit.repeat(length / unit.length());
    return repeated + "&".repeat(length - repeated.length());
  }
}
