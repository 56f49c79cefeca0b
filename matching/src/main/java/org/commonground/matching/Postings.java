package org.commonground.matching;

/**
 * An inverted index from tag to the members holding it, in compressed-row form, with each holder's
 * {@link Profiles profile} next to it so that a scan reads both in sequence.
 */
final class Postings {
  private final int[] start;
  private final int[] members;
  private final long[] profiles;

  private Postings(int[] start, int[] members, long[] profiles) {
    this.start = start;
    this.members = members;
    this.profiles = profiles;
  }

  /** Inverts {@code tagsByMember}; each tag's members come out in ascending order. */
  static Postings invert(int[][] tagsByMember, int tagCount, long[] profileOf) {
    int[] start = new int[tagCount + 1];
    for (int[] tags : tagsByMember) {
      for (int tag : tags) {
        start[tag + 1]++;
      }
    }
    for (int tag = 0; tag < tagCount; tag++) {
      start[tag + 1] += start[tag];
    }
    int[] fill = start.clone();
    int[] members = new int[start[tagCount]];
    long[] profiles = new long[start[tagCount]];
    for (int member = 0; member < tagsByMember.length; member++) {
      for (int tag : tagsByMember[member]) {
        profiles[fill[tag]] = profileOf[member];
        members[fill[tag]++] = member;
      }
    }
    return new Postings(start, members, profiles);
  }

  int size(int tag) {
    return start[tag + 1] - start[tag];
  }

  int member(int tag, int index) {
    return members[start[tag] + index];
  }

  long profile(int tag, int index) {
    return profiles[start[tag] + index];
  }
}
