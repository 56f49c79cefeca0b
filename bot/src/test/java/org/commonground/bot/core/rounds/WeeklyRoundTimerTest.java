package org.commonground.bot.core.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.commonground.bot.core.programme.ProgrammeSource;
import org.commonground.bot.core.programme.RoundTimes;
import org.commonground.bot.schedule.SchedulerDatabase;
import org.commonground.storage.Stores;
import org.commonground.storage.settings.SavedSchedule;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The weekly round's row in db-scheduler's table follows the stored schedule. db-scheduler keeps
 * its own, real, clock: the rows here are placed relative to it.
 */
class WeeklyRoundTimerTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final TaskInstance<Void> WEEKLY =
      new TaskInstance<>(RoundTasks.WEEKLY_ROUND, RecurringTask.INSTANCE);
  private static final SavedSchedule TUESDAYS =
      new SavedSchedule(DayOfWeek.TUESDAY, LocalTime.of(10, 0), LONDON);

  @RegisterExtension final TestDatabase db = TestDatabase.h2();

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
  private Stores stores;
  private ProgrammeSource programme;
  private SchedulerClient scheduler;

  @BeforeEach
  void setUp() {
    stores = new Stores(db.database(), clock);
    programme =
        new ProgrammeSource(
            stores.savedSettings(),
            stores.programmeBreaks(),
            RoundTimes.fromEnvironment("0 0 9 * * MON", LONDON),
            clock);
    scheduler = SchedulerClient.Builder.create(db.database().dataSource()).build();
  }

  @Test
  void theRunAfterOneEndsIsWorkedOutFromWhatIsSavedThen() {
    ProgrammeSchedule schedule = new ProgrammeSchedule(programme);
    ExecutionComplete mondaysRun =
        ExecutionComplete.simulatedSuccess(Instant.parse("2026-11-23T09:01:00Z"));

    Instant before = schedule.getNextExecutionTime(mondaysRun);
    stores.savedSettings().saveSchedule("U0CONVENOR", TUESDAYS);
    Instant after = schedule.getNextExecutionTime(mondaysRun);

    assertThat(before).isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
    assertThat(after).isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
  }

  @Test
  void aSavedScheduleMovesTheNextRun() {
    scheduler.schedule(WEEKLY, Instant.now().plus(Duration.ofDays(3)));
    stores.savedSettings().saveSchedule("U0CONVENOR", TUESDAYS);

    WeeklyRoundTimer.over(SchedulerDatabase.of(db.database()), programme).programmeChanged();

    ZonedDateTime next = nextRun().atZone(LONDON);
    assertThat(next.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
    assertThat(next.toLocalTime()).isEqualTo(LocalTime.of(10, 0));
    assertThat(Duration.between(Instant.now(), next.toInstant())).isLessThan(Duration.ofDays(7));
  }

  @Test
  void aRunThatIsDueIsLeftToRunAndTheOneAfterFollowsTheSavedSchedule() {
    Instant due = Instant.now().minus(Duration.ofSeconds(5)).truncatedTo(ChronoUnit.MILLIS);
    scheduler.schedule(WEEKLY, due);
    stores.savedSettings().saveSchedule("U0CONVENOR", TUESDAYS);

    WeeklyRoundTimer.over(SchedulerDatabase.of(db.database()), programme).programmeChanged();

    assertThat(nextRun()).isEqualTo(due);
  }

  @Test
  void nothingScheduledYetIsLeftToTheFirstReplicaToStart() {
    WeeklyRoundTimer.over(SchedulerDatabase.of(db.database()), programme).programmeChanged();

    assertThat(scheduler.getScheduledExecution(WEEKLY)).isEmpty();
  }

  private Instant nextRun() {
    return scheduler.getScheduledExecution(WEEKLY).orElseThrow().getExecutionTime();
  }
}
