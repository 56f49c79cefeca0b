package org.commonground.bot.core.curation;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an admin action so that the admin always gets a readable answer: what to fix when the input
 * is wrong, or an apology when something unexpected fails (its transaction rolled back, so nothing
 * changed). Never a stack trace.
 */
public final class Guarded {

  public static final String FAILED =
      ":warning: Sorry, something went wrong and nothing was changed. Please try again.";
  private static final Logger log = LoggerFactory.getLogger(Guarded.class);

  private Guarded() {}

  public static Reply reply(Supplier<Reply> action) {
    try {
      return action.get();
    } catch (CommandException e) {
      return Reply.text(e.getMessage());
    } catch (RuntimeException e) {
      log.error("Admin action failed", e);
      return Reply.text(FAILED);
    }
  }
}
