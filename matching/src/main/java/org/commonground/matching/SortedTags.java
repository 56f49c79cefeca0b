package org.commonground.matching;

/** Set operations on ascending arrays of dense tag indices. */
final class SortedTags {
  private SortedTags() {}

  static boolean intersects(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        return true;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return false;
  }

  /** Sum of {@code weight[t]} over the tags in both arrays. */
  static double weightOfCommon(int[] a, int[] b, double[] weight) {
    double sum = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        sum += weight[a[i]];
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return sum;
  }

  /** Writes the tags in both arrays into {@code out} and returns how many there are. */
  static int common(int[] a, int[] b, int[] out) {
    int count = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        out[count++] = a[i];
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return count;
  }
}
