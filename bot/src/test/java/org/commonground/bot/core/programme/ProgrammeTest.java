package org.commonground.bot.core.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.commonground.storage.settings.ProgrammeBreak;
import org.junit.jupiter.api.Test;

class ProgrammeTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final WeeklySchedule TUESDAYS =
      new WeeklySchedule(DayOfWeek.TUESDAY, LocalTime.of(10, 0), LONDON);
  private static final ProgrammeBreak CHRISTMAS =
      pause(1, "2026-12-21", "2027-01-03", "Christmas break");

  @Test
  void theNextThreeRoundsSkipABreakThatSpansTheNewYear() {
    Programme programme = new Programme(TUESDAYS, List.of(CHRISTMAS));

    assertThat(programme.nextRuns(Instant.parse("2026-12-10T12:00:00Z"), 3))
        .extracting(ZonedDateTime::toLocalDateTime)
        .extracting(Object::toString)
        .containsExactly("2026-12-15T10:00", "2027-01-05T10:00", "2027-01-12T10:00");
  }

  @Test
  void aRunWhoseDayFallsInABreakIsOneToTellMembersAbout() {
    Programme programme = new Programme(TUESDAYS, List.of(CHRISTMAS));

    assertThat(programme.breakAt(Instant.parse("2026-12-22T10:00:00Z"))).contains(CHRISTMAS);
    assertThat(programme.breakAt(Instant.parse("2027-01-04T00:00:00Z"))).isEmpty();
    assertThat(programme.nextRound(Instant.parse("2026-12-22T10:00:00Z")).orElseThrow())
        .isEqualTo(ZonedDateTime.of(2027, 1, 5, 10, 0, 0, 0, LONDON));
  }

  @Test
  void theLatestRunOfTheLastDayTellsWhetherABreaksAnnouncementMayBeFinished() {
    Programme programme = new Programme(TUESDAYS, List.of(CHRISTMAS));
    Duration day = Duration.ofDays(1);

    assertThat(programme.skippedWithin(Instant.parse("2026-12-22T10:05:00Z"), day))
        .contains(CHRISTMAS);
    assertThat(programme.skippedWithin(Instant.parse("2026-12-23T10:05:00Z"), day)).isEmpty();
    assertThat(programme.skippedWithin(Instant.parse("2026-12-15T10:05:00Z"), day)).isEmpty();
  }

  @Test
  void breaksLaidEndToEndForYearsLeaveNoNextRound() {
    List<ProgrammeBreak> years =
        java.util.stream.IntStream.range(0, 12)
            .mapToObj(
                y ->
                    pause(
                        y,
                        LocalDate.of(2027 + y, 1, 1).toString(),
                        LocalDate.of(2027 + y, 12, 31).toString(),
                        "Pause"))
            .toList();

    assertThat(new Programme(TUESDAYS, years).nextRound(Instant.parse("2026-12-31T12:00:00Z")))
        .isEqualTo(Optional.empty());
  }

  @Test
  void membersAreToldWhyAndWhenTheNextRoundIsInWordsNobodyCanPingThrough() {
    String words =
        BreakWords.noRound(
            "<!channel> Christmas break.",
            Optional.of(ZonedDateTime.of(2027, 1, 5, 10, 0, 0, 0, LONDON)));

    assertThat(words)
        .isEqualTo(
            "No introductions this week: &lt;!channel&gt; Christmas break. The next round is on"
                + " Tuesday 5 January at 10:00.");
  }

  private static ProgrammeBreak pause(long id, String first, String last, String reason) {
    return new ProgrammeBreak(
        id,
        LocalDate.parse(first),
        LocalDate.parse(last),
        reason,
        "U0CONVENOR",
        Instant.parse("2026-11-23T09:00:00Z"));
  }
}
