package org.commonground.bot.core.impact;

import java.util.ArrayList;
import java.util.List;

/**
 * A total shown with the parts it splits into (introductions by what became of them, holders by
 * sector), suppressed together so that no part under 3 can be worked out from the rest: a total is
 * withheld whenever one of its parts reads {@value Count#FEWER_THAN_THREE}, since the total minus
 * the other parts would give it; and when the total itself is under 3, every part reads {@value
 * Count#FEWER_THAN_THREE}, zeros too, since "&lt;3" parts beside exact zeros under a "&lt;3" total
 * can only be ones.
 */
final class Breakdown {

  private Breakdown() {}

  /** The total of {@code parts}, then each part, as published. */
  static List<Count> withTotal(int... parts) {
    int total = 0;
    boolean anyUnderThree = false;
    for (int part : parts) {
      total += part;
      anyUnderThree |= Count.of(part).suppressed();
    }
    List<Count> counts = new ArrayList<>(parts.length + 1);
    if (Count.of(total).suppressed()) {
      counts.add(Count.of(total));
      for (int part : parts) {
        counts.add(Count.fewerThanThree());
      }
      return counts;
    }
    counts.add(anyUnderThree ? Count.withheld(total) : Count.of(total));
    for (int part : parts) {
      counts.add(Count.of(part));
    }
    return counts;
  }
}
