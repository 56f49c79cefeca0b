package org.commonground.bot.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.commonground.bot.core.programme.ProgrammeSource;
import org.commonground.bot.core.programme.RoundTimes;
import org.commonground.bot.core.programme.WeeklySchedule;
import org.commonground.storage.Stores;
import org.commonground.storage.audit.AuditLog;
import org.commonground.storage.settings.ProgrammeBreak;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The schedule and breaks as the console changes them, on a real database. */
class ScheduleSettingsTest {

  private static final String ADMIN = "U0CONVENOR";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @RegisterExtension final TestDatabase db = TestDatabase.h2();

  // Monday 23 November 2026, 08:00 in London.
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
  private int moves;
  private ScheduleSettings schedule;

  @BeforeEach
  void setUp() {
    Stores stores = new Stores(db.database(), clock);
    ProgrammeSource programme =
        new ProgrammeSource(
            stores.savedSettings(),
            stores.programmeBreaks(),
            RoundTimes.fromEnvironment("0 0 9 * * MON", LONDON),
            clock);
    schedule =
        new ScheduleSettings(
            programme, stores.savedSettings(), stores.programmeBreaks(), () -> moves++, clock);
  }

  @Test
  void theEnvironmentsScheduleAppliesUntilAnAdminSavesOne() {
    ScheduleSettings.Current current = schedule.current();

    assertThat(current.saved()).isFalse();
    assertThat(current.times().inWords()).isEqualTo("Mondays at 09:00 (Europe/London)");
    assertThat(current.nextRounds())
        .extracting(ZonedDateTime::toLocalDate)
        .extracting(LocalDate::toString)
        .containsExactly("2026-11-23", "2026-11-30", "2026-12-07");
  }

  @Test
  void aSavedScheduleAppliesAtOnceAndMovesTheNextRun() throws SettingRejected {
    WeeklySchedule saved = schedule.saveSchedule(ADMIN, "Tuesday", "10:00", "Europe/London");

    assertThat(saved).isEqualTo(new WeeklySchedule(DayOfWeek.TUESDAY, LocalTime.of(10, 0), LONDON));
    assertThat(schedule.current().saved()).isTrue();
    assertThat(schedule.current().nextRounds().get(0))
        .isEqualTo(ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, LONDON));
    assertThat(moves).isEqualTo(1);
    assertThat(audit("settings.schedule")).isEqualTo(1);
  }

  @Test
  void aBadScheduleIsRefusedWithItsReasonAndChangesNothing() {
    assertThatThrownBy(() -> schedule.saveSchedule(ADMIN, "Tuesday", "10:60", "Europe/London"))
        .isInstanceOf(SettingRejected.class)
        .hasMessageStartingWith("'10:60' is not a time of day");

    assertThat(schedule.current().saved()).isFalse();
    assertThat(moves).isZero();
    assertThat(audit("settings.")).isZero();
  }

  @Test
  void aBreakSkipsItsRoundsAndRemovingItBringsThemBack() throws SettingRejected {
    ProgrammeBreak christmas =
        schedule.addBreak(ADMIN, "2026-12-21", "2027-01-03", "  Christmas break ");

    assertThat(christmas.reason()).isEqualTo("Christmas break");
    assertThat(schedule.current().breaks()).containsExactly(christmas);
    assertThat(nextRoundsFrom("2026-12-15T12:00:00Z"))
        .containsExactly("2027-01-04", "2027-01-11", "2027-01-18");

    assertThat(schedule.removeBreak(ADMIN, christmas.id())).isEqualTo(christmas);
    assertThat(nextRoundsFrom("2026-12-15T12:00:00Z"))
        .containsExactly("2026-12-21", "2026-12-28", "2027-01-04");
    assertThatThrownBy(() -> schedule.removeBreak(ADMIN, christmas.id()))
        .hasMessage("That break has been removed already.");
    assertThat(audit("settings.break")).isEqualTo(2);
  }

  @Test
  void aBreakTodayIsAcceptedButNotOneThatHasStarted() throws SettingRejected {
    schedule.addBreak(ADMIN, "2026-11-23", "2026-11-23", "Network away day");

    assertThatThrownBy(() -> schedule.addBreak(ADMIN, "2026-11-22", "2026-11-30", "Too late"))
        .hasMessage(
            "The break can't start on 2026-11-22, which has passed: start it today or later.");
  }

  @Test
  void badBreaksAreRefusedWithTheirReasonAndChangeNothing() {
    assertRefused(
        "21/12/2026",
        "2027-01-03",
        "Christmas",
        "'21/12/2026' is not a date for the first" + " day: use YYYY-MM-DD, such as 2026-12-21.");
    assertRefused(
        "2027-01-03",
        "2026-12-21",
        "Christmas",
        "The last day, 2026-12-21, is before the first, 2027-01-03: swap them round.");
    assertRefused(
        "2026-12-21",
        "2027-12-22",
        "Christmas",
        "A break can last a year at most: 2026-12-21 to 2027-12-22 is longer. Check the year.");
    assertRefused(
        "2026-12-21",
        "2027-01-03",
        "   ",
        "Give a reason, such as \"Christmas break\": members are told it instead of a round.");
    assertRefused(
        "2026-12-21",
        "2027-01-03",
        "x".repeat(201),
        "The reason is 201 characters long: keep it to 200, as members read it in a one-line"
            + " notice.");
    assertRefused(
        "2026-12-21",
        "2027-01-03",
        "Christmas\nbreak",
        "The reason has a line break: please keep it to one line.");

    assertThat(schedule.current().breaks()).isEmpty();
    assertThat(audit("settings.")).isZero();
  }

  private void assertRefused(String first, String last, String reason, String message) {
    assertThatThrownBy(() -> schedule.addBreak(ADMIN, first, last, reason))
        .isInstanceOf(SettingRejected.class)
        .hasMessage(message);
  }

  private java.util.List<String> nextRoundsFrom(String instant) {
    clock.set(Instant.parse(instant));
    return schedule.current().nextRounds().stream()
        .map(round -> round.toLocalDate().toString())
        .toList();
  }

  private int audit(String prefix) {
    return db.database().jdbi().onDemand(AuditLog.class).latestOf(prefix, 100).size();
  }
}
