package org.commonground.bot.core.programme;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonground.storage.settings.SavedSchedule;

/**
 * The weekly round at one local time on one day a week, in one time zone. A time that a clock
 * change skips (01:30 on the last Sunday of March in London) runs when the clock has gone forward
 * (02:30); a time a change repeats runs the first time round.
 */
public record WeeklySchedule(DayOfWeek day, LocalTime time, ZoneId zone) implements RoundTimes {

  private static final Pattern HOURS_MINUTES = Pattern.compile("(\\d{1,2}):(\\d{2})");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  /** Six-field cron that runs once a week: second 0, a minute, an hour, any day, one weekday. */
  private static final Pattern WEEKLY_CRON =
      Pattern.compile("0 (\\d{1,2}) (\\d{1,2}) [*?] [*?] ([A-Za-z]{3}|[0-7])");

  private static final String[] CRON_DAYS = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};

  public WeeklySchedule {
    // Minutes only: the console offers no seconds, and a round "at 09:00:30" would read oddly.
    time = time.withSecond(0).withNano(0);
  }

  /**
   * Reads what an admin typed: a day's name ({@code Monday}, {@code mon}), a 24-hour time {@code
   * HH:MM} and a zone's id such as {@code Europe/London}.
   *
   * @throws IllegalArgumentException with a sentence for the admin saying what is wrong
   */
  public static WeeklySchedule parse(String day, String time, String zone) {
    return new WeeklySchedule(parseDay(day), parseTime(time), parseZone(zone));
  }

  static WeeklySchedule of(SavedSchedule saved) {
    return new WeeklySchedule(saved.day(), saved.time(), saved.zone());
  }

  /** The schedule as storage keeps it. */
  public SavedSchedule toSaved() {
    return new SavedSchedule(day, time, zone);
  }

  /** The schedule a cron names, if it is a weekly one. */
  static Optional<WeeklySchedule> fromCron(String cron, ZoneId zone) {
    Matcher weekly = WEEKLY_CRON.matcher(cron.trim());
    if (!weekly.matches()) {
      return Optional.empty();
    }
    int minute = Integer.parseInt(weekly.group(1));
    int hour = Integer.parseInt(weekly.group(2));
    Optional<DayOfWeek> day = cronDay(weekly.group(3));
    if (minute > 59 || hour > 23 || day.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new WeeklySchedule(day.get(), LocalTime.of(hour, minute), zone));
  }

  @Override
  public ZonedDateTime nextAfter(Instant instant) {
    LocalDate date = instant.atZone(zone).toLocalDate().with(TemporalAdjusters.nextOrSame(day));
    ZonedDateTime run = ZonedDateTime.of(date, time, zone);
    return run.toInstant().isAfter(instant) ? run : ZonedDateTime.of(date.plusWeeks(1), time, zone);
  }

  @Override
  public String inWords() {
    return day.getDisplayName(TextStyle.FULL, Locale.UK)
        + "s at "
        + time.format(TIME)
        + " ("
        + zone.getId()
        + ")";
  }

  private static DayOfWeek parseDay(String typed) {
    String day = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
    for (DayOfWeek candidate : DayOfWeek.values()) {
      if (day.length() >= 3 && candidate.name().startsWith(day)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException(
        "'" + typed + "' is not a day of the week: use Monday, Tuesday, … or Sunday.");
  }

  private static LocalTime parseTime(String typed) {
    Matcher hoursMinutes = HOURS_MINUTES.matcher(typed == null ? "" : typed.strip());
    try {
      if (hoursMinutes.matches()) {
        return LocalTime.of(
            Integer.parseInt(hoursMinutes.group(1)), Integer.parseInt(hoursMinutes.group(2)));
      }
    } catch (DateTimeException outOfRange) {
      // Reported below, as for any other time that isn't one.
    }
    throw new IllegalArgumentException(
        "'" + typed + "' is not a time of day: use the 24-hour clock, HH:MM, such as 09:00.");
  }

  /**
   * A region of the time zone database, in any case: not an offset such as {@code +01:00}, which
   * would keep the round at one UTC time all year, an hour out for half of it.
   */
  private static ZoneId parseZone(String typed) {
    String zone = typed == null ? "" : typed.strip();
    return ZoneId.getAvailableZoneIds().stream()
        .filter(id -> id.equalsIgnoreCase(zone))
        .findFirst()
        .map(ZoneId::of)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "'"
                        + typed
                        + "' is not a time zone: use a region's id such as Europe/London, which"
                        + " follows its clock changes."));
  }

  private static Optional<DayOfWeek> cronDay(String field) {
    if (Character.isDigit(field.charAt(0))) {
      int sundayFirst = Integer.parseInt(field) % 7;
      field = CRON_DAYS[sundayFirst];
    }
    for (DayOfWeek candidate : DayOfWeek.values()) {
      if (candidate.name().startsWith(field.toUpperCase(Locale.ROOT))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
