package org.commonground.bot.core.curation;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.commonground.storage.NameKey;

/**
 * Finds the names someone probably meant when what they typed matches none: names within a few
 * typing mistakes (Levenshtein distance over {@link NameKey}s, allowing about one mistake in four
 * letters), or names that contain what was typed. The lists are a few hundred names at most, so a
 * plain dynamic-programming distance is fast enough and needs no library.
 */
public final class NearMiss {

  private static final int MAX_SUGGESTIONS = 3;

  private NearMiss() {}

  /** Up to three candidates close to {@code typed}, closest first, without repeats. */
  public static List<String> closest(String typed, Collection<String> candidates) {
    String key = NameKey.of(typed);
    if (key.isEmpty()) {
      return List.of();
    }
    return candidates.stream()
        .distinct()
        .filter(name -> isClose(key, NameKey.of(name)))
        .sorted(Comparator.comparingInt(name -> closeness(key, NameKey.of(name))))
        .limit(MAX_SUGGESTIONS)
        .toList();
  }

  private static boolean isClose(String typed, String candidate) {
    boolean long3 = typed.length() >= 3 && candidate.length() >= 3;
    if (long3 && (candidate.contains(typed) || typed.contains(candidate))) {
      return true;
    }
    return closeness(typed, candidate) <= Math.max(1, typed.length() / 4);
  }

  /**
   * Mistakes between what was typed and the whole candidate or, for a long enough typing, its
   * start.
   */
  private static int closeness(String typed, String candidate) {
    int whole = distance(typed, candidate);
    if (typed.length() < 4 || candidate.length() <= typed.length()) {
      return whole;
    }
    return Math.min(whole, distance(typed, candidate.substring(0, typed.length())));
  }

  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
