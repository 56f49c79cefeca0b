package org.commonground.bot.core.rounds;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * An ISO week, the unit of rounds: one round per week. {@code number} counts weeks from a fixed
 * Monday so that "the last twelve weeks" is subtraction, across year ends too.
 */
public record Week(String label, long number, LocalDate monday) {

  private static final LocalDate FIRST_MONDAY = LocalDate.of(1970, 1, 5);

  public static Week containing(LocalDate day) {
    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    String label =
        String.format(
            "%d-W%02d",
            monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    return new Week(label, ChronoUnit.WEEKS.between(FIRST_MONDAY, monday), monday);
  }

  /** The week with this number. */
  public static Week numbered(long number) {
    return containing(FIRST_MONDAY.plusWeeks(number));
  }

  public Week previous() {
    return containing(monday.minusWeeks(1));
  }
}
