package org.commonground.bot.console.pages;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.commonground.bot.core.impact.Term;

/**
 * The period the impact page and its downloads are about: the dates in the address, or this term
 * when there are none (or they can't be read).
 */
record ImpactPeriod(LocalDate from, LocalDate to, Optional<String> problem) {

  static ImpactPeriod of(String from, String to, Clock clock, ZoneId zone) {
    Term term = Term.containing(LocalDate.now(clock.withZone(zone)));
    if (from.isEmpty() && to.isEmpty()) {
      return new ImpactPeriod(term.first(), term.last(), Optional.empty());
    }
    try {
      LocalDate first = LocalDate.parse(from);
      LocalDate last = LocalDate.parse(to);
      if (last.isBefore(first)) {
        return new ImpactPeriod(
            term.first(),
            term.last(),
            Optional.of("The period must end on or after its first day"));
      }
      return new ImpactPeriod(first, last, Optional.empty());
    } catch (DateTimeParseException e) {
      return new ImpactPeriod(
          term.first(),
          term.last(),
          Optional.of("Give the period's first and last days as dates, such as 2026-09-01"));
    }
  }

  /** The period as a query string, for the page's download links. */
  String query() {
    return "from=" + from + "&to=" + to;
  }
}
