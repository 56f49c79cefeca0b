package org.commonground.bot.core.settings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.commonground.bot.core.views.HiddenCharacters;

/** A break as an admin asked for it, checked. */
record BreakRequest(LocalDate firstDay, LocalDate lastDay, String reason) {

  static final int LONGEST_REASON = 200;

  /** A year: longer is more likely a mistyped year than a pause, and would silence the network. */
  static final int LONGEST_DAYS = 366;

  static BreakRequest check(String firstDay, String lastDay, String reason, LocalDate today)
      throws SettingRejected {
    LocalDate first = date("first", firstDay);
    LocalDate last = date("last", lastDay);
    if (last.isBefore(first)) {
      throw new SettingRejected(
          "The last day, " + last + ", is before the first, " + first + ": swap them round.");
    }
    if (first.isBefore(today)) {
      throw new SettingRejected(
          "The break can't start on " + first + ", which has passed: start it today or later.");
    }
    if (ChronoUnit.DAYS.between(first, last) >= LONGEST_DAYS) {
      throw new SettingRejected(
          "A break can last a year at most: "
              + first
              + " to "
              + last
              + " is longer. Check the year.");
    }
    return new BreakRequest(first, last, reason(reason));
  }

  private static LocalDate date(String which, String typed) throws SettingRejected {
    try {
      return LocalDate.parse(typed == null ? "" : typed.strip());
    } catch (DateTimeParseException e) {
      throw new SettingRejected(
          "'"
              + typed
              + "' is not a date for the "
              + which
              + " day: use YYYY-MM-DD, such as 2026-12-21.");
    }
  }

  /** Members are told the reason, so it must say something, briefly, in characters they see. */
  private static String reason(String typed) throws SettingRejected {
    String reason = typed == null ? "" : typed.strip();
    if (reason.isEmpty()) {
      throw new SettingRejected(
          "Give a reason, such as \"Christmas break\": members are told it instead of a round.");
    }
    if (reason.length() > LONGEST_REASON) {
      throw new SettingRejected(
          "The reason is "
              + reason.length()
              + " characters long: keep it to "
              + LONGEST_REASON
              + ", as members read it in a one-line notice.");
    }
    var complaint = HiddenCharacters.complaint("The reason", reason, false);
    if (complaint.isPresent()) {
      throw new SettingRejected(complaint.get());
    }
    return reason;
  }
}
