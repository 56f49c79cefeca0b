package org.commonground.matching;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The eligible participants in dense, array-of-fields form. Member {@code i} is the one with the
 * {@code i}-th smallest id and tag {@code t} the {@code t}-th smallest tag id, so everything
 * computed from indices is independent of the caller's list order.
 */
final class Network {
  final long[] ids;

  /** Organisation, sector and last-week flag of each member; see {@link Profiles}. */
  final long[] profiles;

  final int[] caps;
  final int[][] challenges;
  final int[][] offers;
  final int[][] asks;
  final int[] tagIds;

  private Network(Participant[] members, int[] tagIds) {
    this.tagIds = tagIds;
    ids = Stream.of(members).mapToLong(Participant::id).toArray();
    profiles = profiles(members);
    caps = Stream.of(members).mapToInt(Participant::maxMatches).toArray();
    challenges = new int[members.length][];
    offers = new int[members.length][];
    asks = new int[members.length][];
    IntStream.range(0, members.length)
        .parallel()
        .forEach(
            i -> {
              challenges[i] = dense(members[i].challenges());
              offers[i] = dense(members[i].offers());
              asks[i] = dense(members[i].asks());
            });
  }

  /** The participants who want at least one match. */
  static Network ofEligible(List<Participant> participants) {
    Participant[] members =
        participants.parallelStream()
            .filter(p -> p.maxMatches() > 0)
            .sorted(Comparator.comparingLong(Participant::id))
            .toArray(Participant[]::new);
    int[] tagIds =
        Stream.of(members)
            .parallel()
            .flatMapToInt(
                p -> IntStream.concat(allTags(p.challenges(), p.offers()), allTags(p.asks())))
            .sorted()
            .distinct()
            .toArray();
    return new Network(members, tagIds);
  }

  int size() {
    return ids.length;
  }

  int tagCount() {
    return tagIds.length;
  }

  /** The original tag ids of some dense tag indices. */
  TagSet tagSet(int[] denseTags, int length) {
    int[] original = new int[length];
    for (int i = 0; i < length; i++) {
      original[i] = tagIds[denseTags[i]];
    }
    return TagSet.of(original);
  }

  private int[] dense(TagSet tags) {
    int[] result = new int[tags.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = Arrays.binarySearch(tagIds, tags.get(i));
    }
    return result;
  }

  private static IntStream allTags(TagSet... sets) {
    return Stream.of(sets).flatMapToInt(TagSet::stream);
  }

  private static long[] profiles(Participant[] members) {
    long[] organisations =
        Stream.of(members).mapToLong(Participant::organisationId).sorted().distinct().toArray();
    String[] sectors =
        Stream.of(members).map(Participant::sector).sorted().distinct().toArray(String[]::new);
    return Stream.of(members)
        .mapToLong(
            p ->
                Profiles.pack(
                    Arrays.binarySearch(organisations, p.organisationId()),
                    Arrays.binarySearch(sectors, p.sector()),
                    p.unmatchedLastWeek()))
        .toArray();
  }
}
