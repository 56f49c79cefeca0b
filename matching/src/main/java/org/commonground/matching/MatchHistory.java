package org.commonground.matching;

import java.util.Collection;
import java.util.List;

/**
 * The pairs the engine must not form this week: pairs introduced within the last few weeks (default
 * {@value #DEFAULT_WINDOW_WEEKS}) and pairs where either member said "Not for me" or blocked the
 * other (or the other's organisation), which are not formed again while that stands.
 */
public final class MatchHistory {
  /** How many past weeks block a repeat introduction unless the caller says otherwise. */
  public static final int DEFAULT_WINDOW_WEEKS = 12;

  private static final MatchHistory EMPTY = new MatchHistory(List.of(), List.of());

  private final LongPairSet metRecently;
  private final LongPairSet declined;

  /**
   * A history from pairs already known to fall inside the window and pairs that were declined or
   * blocked.
   */
  public MatchHistory(Collection<IdPair> metRecently, Collection<IdPair> declined) {
    this.metRecently = new LongPairSet(metRecently);
    this.declined = new LongPairSet(declined);
  }

  /** No history: every pair is allowed as far as history goes. */
  public static MatchHistory empty() {
    return EMPTY;
  }

  /**
   * A history keeping the past matches of the {@code windowWeeks} weeks before {@code thisWeek}
   * (weeks {@code thisWeek - windowWeeks} to {@code thisWeek - 1}); this week's own matches are
   * ignored so that recomputing a week gives the same answer.
   */
  public static MatchHistory of(
      Collection<PastMatch> past, long thisWeek, int windowWeeks, Collection<IdPair> declined) {
    List<IdPair> recent =
        past.stream()
            .filter(match -> match.week() < thisWeek && match.week() >= thisWeek - windowWeeks)
            .map(PastMatch::pair)
            .toList();
    return new MatchHistory(recent, declined);
  }

  /** Whether {@code a} and {@code b} were introduced within the window. */
  public boolean metRecently(long a, long b) {
    return metRecently.contains(a, b);
  }

  /** Whether either of {@code a} and {@code b} declined or blocked the other. */
  public boolean declined(long a, long b) {
    return declined.contains(a, b);
  }

  /** Whether history forbids pairing {@code a} with {@code b} this week. */
  public boolean blocks(long a, long b) {
    return metRecently(a, b) || declined(a, b);
  }
}
