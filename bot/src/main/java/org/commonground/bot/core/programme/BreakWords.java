package org.commonground.bot.core.programme;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.commonground.bot.core.views.Markup;

/** What members read when a break leaves a week without a round. */
public final class BreakWords {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  private BreakWords() {}

  /**
   * "No introductions this week: Christmas break. The next round is on Tuesday 5 January at 10:00."
   * The reason is the admin's own text, escaped so it can't ping or mention anyone.
   */
  public static String noRound(String reason, Optional<ZonedDateTime> nextRound) {
    String why = Markup.escape(reason.strip().replaceAll("[.!]+$", ""));
    String next =
        nextRound
            .map(
                round ->
                    "The next round is on " + DAY.format(round) + " at " + TIME.format(round) + ".")
            .orElse("We'll let you know when introductions start again.");
    return "No introductions this week: " + why + ". " + next;
  }
}
