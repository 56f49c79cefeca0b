package org.commonground.bot.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyScheduleTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final WeeklySchedule MONDAYS =
      new WeeklySchedule(DayOfWeek.MONDAY, LocalTime.of(9, 0), LONDON);

  @Test
  void runsAtTheSameLocalTimeEachWeekAcrossTheSpringClockChange() {
    List<Instant> runs = threeRuns(MONDAYS, "2026-03-20T12:00:00Z");

    assertThat(runs)
        .containsExactly(
            Instant.parse("2026-03-23T09:00:00Z"),
            Instant.parse("2026-03-30T08:00:00Z"),
            Instant.parse("2026-04-06T08:00:00Z"));
  }

  @Test
  void aTimeTheClocksSkipRunsOnceTheyHaveGoneForwardAndARepeatedTimeRunsOnce() {
    WeeklySchedule sundaysAtHalfOne =
        new WeeklySchedule(DayOfWeek.SUNDAY, LocalTime.of(1, 30), LONDON);

    ZonedDateTime spring = sundaysAtHalfOne.nextAfter(Instant.parse("2026-03-28T12:00:00Z"));
    List<Instant> autumn = threeRuns(sundaysAtHalfOne, "2026-10-24T12:00:00Z");

    assertThat(spring.toLocalTime()).isEqualTo(LocalTime.of(2, 30));
    assertThat(autumn)
        .containsExactly(
            Instant.parse("2026-10-25T00:30:00Z"),
            Instant.parse("2026-11-01T01:30:00Z"),
            Instant.parse("2026-11-08T01:30:00Z"));
  }

  @Test
  void theNextRunIsStrictlyAfterTheGivenInstant() {
    assertThat(MONDAYS.nextAfter(Instant.parse("2026-11-23T09:00:00Z")).toInstant())
        .isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
  }

  @Test
  void readsWhatAnAdminTypes() {
    assertThat(WeeklySchedule.parse(" tue ", "9:05", "europe/london"))
        .isEqualTo(new WeeklySchedule(DayOfWeek.TUESDAY, LocalTime.of(9, 5), LONDON));
    assertThat(WeeklySchedule.parse("Friday", "17:30", "Europe/Dublin").inWords())
        .isEqualTo("Fridays at 17:30 (Europe/Dublin)");
  }

  @Test
  void saysWhatIsWrongWithADayATimeOrAZone() {
    assertThatThrownBy(() -> WeeklySchedule.parse("Tu", "09:00", "Europe/London"))
        .hasMessage("'Tu' is not a day of the week: use Monday, Tuesday, … or Sunday.");
    assertThatThrownBy(() -> WeeklySchedule.parse("Monday", "25:00", "Europe/London"))
        .hasMessage("'25:00' is not a time of day: use the 24-hour clock, HH:MM, such as 09:00.");
    assertThatThrownBy(() -> WeeklySchedule.parse("Monday", "9am", "Europe/London"))
        .hasMessageStartingWith("'9am' is not a time of day");
    assertThatThrownBy(() -> WeeklySchedule.parse("Monday", "09:00", "+01:00"))
        .hasMessage(
            "'+01:00' is not a time zone: use a region's id such as Europe/London, which follows"
                + " its clock changes.");
    assertThatThrownBy(() -> WeeklySchedule.parse("Monday", "09:00", "Mars/Olympus_Mons"))
        .hasMessageStartingWith("'Mars/Olympus_Mons' is not a time zone");
  }

  @Test
  void theEnvironmentsCronIsAWeeklyScheduleWhenItNamesOneDayAndTime() {
    assertThat(RoundTimes.fromEnvironment("0 0 9 * * MON", LONDON)).isEqualTo(MONDAYS);
    assertThat(RoundTimes.fromEnvironment("0 30 8 ? * tue", LONDON))
        .isEqualTo(new WeeklySchedule(DayOfWeek.TUESDAY, LocalTime.of(8, 30), LONDON));
    assertThat(RoundTimes.fromEnvironment("0 0 9 * * 0", LONDON))
        .isEqualTo(new WeeklySchedule(DayOfWeek.SUNDAY, LocalTime.of(9, 0), LONDON));
  }

  @Test
  void anyOtherCronIsKeptAsItIs() {
    RoundTimes twiceAWeek = RoundTimes.fromEnvironment("0 0 9 * * MON,THU", LONDON);

    assertThat(twiceAWeek).isEqualTo(new CronTimes("0 0 9 * * MON,THU", LONDON));
    assertThat(twiceAWeek.nextAfter(Instant.parse("2026-11-24T12:00:00Z")).toInstant())
        .isEqualTo(Instant.parse("2026-11-26T09:00:00Z"));
    assertThat(RoundTimes.fromEnvironment("0 0 9 1 * *", LONDON)).isInstanceOf(CronTimes.class);
  }

  private static List<Instant> threeRuns(RoundTimes times, String from) {
    Programme programme = new Programme(times, List.of());
    return programme.nextRuns(Instant.parse(from), 3).stream()
        .map(ZonedDateTime::toInstant)
        .toList();
  }
}
