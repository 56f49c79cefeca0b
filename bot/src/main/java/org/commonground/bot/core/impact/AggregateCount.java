package org.commonground.bot.core.impact;

import java.util.List;

/**
 * A count published beside the finer counts it adds up, in another table: introductions between two
 * sectors beside those between the organisations of those sectors. Subtracting the finer counts
 * that are shown leaves the sum of those read {@value Count#FEWER_THAN_THREE}, each 1 or 2; that
 * sum gives each of them away when there is only one, or when it is the smallest or largest such a
 * number of them can add up to (all ones, or all twos). The aggregate is withheld then.
 */
final class AggregateCount {

  private AggregateCount() {}

  /**
   * {@code value} as published, given what the finer counts read {@value Count#FEWER_THAN_THREE}
   * contribute to it, one entry for each.
   */
  static Count of(int value, List<Integer> suppressedContributions) {
    int hidden = suppressedContributions.size();
    int sum = suppressedContributions.stream().mapToInt(Integer::intValue).sum();
    boolean givesThemAway = hidden == 1 || (hidden > 1 && (sum == hidden || sum == 2 * hidden));
    return givesThemAway ? Count.withheld(value) : Count.of(value);
  }
}
