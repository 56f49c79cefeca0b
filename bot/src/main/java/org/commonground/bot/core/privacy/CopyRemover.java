package org.commonground.bot.core.privacy;

import java.util.List;

/** Takes back the app's copies of a member's data from the platforms they were posted on. */
@FunctionalInterface
public interface CopyRemover {

  /** Removes these copies now, and says what became of each. */
  List<RemovedCopy> remove(List<Long> copyIds);
}
