package org.commonground.matching;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * An immutable, sorted set of tag ids. Backed by a plain {@code int[]} so that records holding tags
 * keep value semantics and the engine can merge sets without boxing.
 */
public final class TagSet {
  private static final TagSet EMPTY = new TagSet(new int[0]);

  private final int[] tags;

  private TagSet(int[] sortedDistinct) {
    this.tags = sortedDistinct;
  }

  /** Returns the set of the given tag ids; duplicates are dropped and the array is copied. */
  public static TagSet of(int... tags) {
    if (tags.length == 0) {
      return EMPTY;
    }
    return new TagSet(IntStream.of(tags).sorted().distinct().toArray());
  }

  /** Returns the empty set. */
  public static TagSet empty() {
    return EMPTY;
  }

  /** Number of tags in the set. */
  public int size() {
    return tags.length;
  }

  /** Whether the set has no tags. */
  public boolean isEmpty() {
    return tags.length == 0;
  }

  /** The tag at {@code index} in ascending order. */
  public int get(int index) {
    return tags[index];
  }

  /** Whether {@code tag} is in the set. */
  public boolean contains(int tag) {
    return Arrays.binarySearch(tags, tag) >= 0;
  }

  /** The tags in ascending order, as a fresh array. */
  public int[] toArray() {
    return tags.clone();
  }

  /** The tags in ascending order. */
  public IntStream stream() {
    return IntStream.of(tags);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TagSet that && Arrays.equals(tags, that.tags);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(tags);
  }

  @Override
  public String toString() {
    return Arrays.toString(tags);
  }
}
