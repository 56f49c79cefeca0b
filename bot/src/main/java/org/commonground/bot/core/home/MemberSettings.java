package org.commonground.bot.core.home;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commonground.storage.members.MemberStatus;

/**
 * A member's settings from App Home: matches per week, pausing and resuming. Each change answers
 * with a line to show at the top of App Home. A pause needs no job to end: a member is paused while
 * today is on or before the last paused day.
 */
public final class MemberSettings {

  static final String NOT_UNDERSTOOD = "Sorry, I didn't understand that choice. Please try again.";
  static final String NOT_A_MEMBER = "Introduce yourself first, then your settings appear here.";
  private static final int LONGEST_PAUSE_DAYS = 366;

  /** The pause lengths offered, in weeks. */
  public static final List<Integer> PAUSE_WEEKS = List.of(1, 2, 4);

  /** How a day is written to members, "Monday 7 December". */
  public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

  private final MemberStatus status;
  private final Clock clock;
  private final ZoneId zone;

  public MemberSettings(MemberStatus status, Clock clock, ZoneId zone) {
    this.status = status;
    this.clock = clock;
    this.zone = zone;
  }

  public String setMatchesPerWeek(String userId, String value) {
    Optional<Integer> count = number(value).filter(n -> n >= 0 && n <= 3);
    if (count.isEmpty()) {
      return NOT_UNDERSTOOD;
    }
    boolean member = status.setMatchesPerWeek(userId, count.get(), clock.instant());
    String done =
        count.get() == 0
            ? "Got it: no matches for now. Choose a number again any time."
            : "Got it: up to " + count.get() + " a week from the next round.";
    return member ? ":white_check_mark: " + done : NOT_A_MEMBER;
  }

  /** Pauses for whole weeks, so that a one-week pause skips exactly one weekly round. */
  public String pauseForWeeks(String userId, String value) {
    Optional<Integer> weeks = number(value).filter(PAUSE_WEEKS::contains);
    if (weeks.isEmpty()) {
      return NOT_UNDERSTOOD;
    }
    return pauseThrough(userId, today().plusWeeks(weeks.get()).minusDays(1));
  }

  public String pauseUntil(String userId, String isoDate) {
    LocalDate date;
    try {
      date = LocalDate.parse(isoDate == null ? "" : isoDate);
    } catch (DateTimeParseException e) {
      return NOT_UNDERSTOOD;
    }
    if (date.isBefore(today())) {
      return "That date has passed: pick today or a later one.";
    }
    if (date.isAfter(today().plusDays(LONGEST_PAUSE_DAYS))) {
      return "Pauses last at most a year: pick an earlier date.";
    }
    return pauseThrough(userId, date);
  }

  public String resume(String userId) {
    boolean member = status.setPausedUntil(userId, null, clock.instant());
    return member ? ":arrow_forward: Welcome back: you're in the next round." : NOT_A_MEMBER;
  }

  private String pauseThrough(String userId, LocalDate lastPausedDay) {
    boolean member = status.setPausedUntil(userId, lastPausedDay, clock.instant());
    return member ? ":double_vertical_bar: " + pausedUntil(lastPausedDay) : NOT_A_MEMBER;
  }

  /** What a pause through {@code lastPausedDay} means, in words for any chat platform. */
  public static String pausedUntil(LocalDate lastPausedDay) {
    return "Paused until "
        + lastPausedDay.format(DAY)
        + ". You'll be back in the round automatically after that.";
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), zone);
  }

  private static Optional<Integer> number(String value) {
    try {
      return Optional.of(Integer.parseInt(value == null ? "" : value.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
