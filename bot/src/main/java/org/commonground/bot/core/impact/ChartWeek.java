package org.commonground.bot.core.impact;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.commonground.bot.core.rounds.Week;

/**
 * A round's week as charts and tables name it: by its Monday, which a board reads more easily than
 * an ISO week number. {@code shortLabel} is "24 Nov", {@code monday} "24 Nov 2026".
 */
record ChartWeek(String shortLabel, String monday) {

  private static final DateTimeFormatter SHORT =
      DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  static ChartWeek numbered(long weekNumber) {
    LocalDate monday = Week.numbered(weekNumber).monday();
    return new ChartWeek(monday.format(SHORT), monday.format(DAY));
  }

  /** "week of 24 Nov 2026". */
  String longLabel() {
    return "week of " + monday;
  }
}
