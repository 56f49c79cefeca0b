package org.commonground.bot.core.impact;

import java.time.LocalDate;
import java.time.Month;

/**
 * A term as boards and funders in the public sector report by: autumn (September to December),
 * spring (January to March) and summer (April to August).
 */
public record Term(String name, LocalDate first, LocalDate last) {

  /** The term {@code day} falls in. */
  public static Term containing(LocalDate day) {
    int year = day.getYear();
    Month month = day.getMonth();
    if (month.compareTo(Month.SEPTEMBER) >= 0) {
      return new Term("Autumn term " + year, LocalDate.of(year, 9, 1), LocalDate.of(year, 12, 31));
    }
    if (month.compareTo(Month.APRIL) < 0) {
      return new Term("Spring term " + year, LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 31));
    }
    return new Term("Summer term " + year, LocalDate.of(year, 4, 1), LocalDate.of(year, 8, 31));
  }

  /** The term before this one. */
  public Term previous() {
    return containing(first.minusDays(1));
  }
}
