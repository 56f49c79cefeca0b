package org.commonground.bot.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.commonground.bot.core.admin.Admins;
import org.commonground.bot.core.rounds.RoundTasks;
import org.commonground.bot.testing.Replicas;
import org.commonground.bot.testing.SlackPayloads;
import org.commonground.bot.testing.VisibleText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What an admin changes on one replica applies on the other at once, with no restart: both share
 * one PostgreSQL, the weekly round's row in db-scheduler's table, and the console's settings.
 */
class SettingsAcrossReplicasTest {

  private static final String ADMIN = "U0ADMIN";
  private static final String CONVENOR = "U0CONVENOR";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @RegisterExtension final Replicas replicas = new Replicas(2, Map.of("ADMIN_USER_IDS", ADMIN));

  @Test
  void aScheduleSavedOnOneReplicaMovesTheWeeklyRoundForTheOther() throws Exception {
    assertThat(weeklyRound()).isEqualTo(new Run(DayOfWeek.MONDAY, LocalTime.of(9, 0)));

    replicas.networkSettings(0).schedule().saveSchedule(ADMIN, "Tuesday", "10:00", "Europe/London");

    assertThat(weeklyRound()).isEqualTo(new Run(DayOfWeek.TUESDAY, LocalTime.of(10, 0)));
    assertThat(nextRunIn()).isPositive().isLessThan(Duration.ofDays(7));
    // The replicas' clock says Monday 23 November, 08:00 in London.
    assertThat(status(1, ADMIN)).contains("Next round: Tuesday 24 November, 10:00 (Europe/London)");
  }

  @Test
  void aBreakAddedOnOneReplicaIsSkippedInTheOthersStatus() throws Exception {
    replicas
        .networkSettings(0)
        .schedule()
        .addBreak(ADMIN, "2026-11-23", "2026-11-29", "Network away week");

    assertThat(status(1, ADMIN)).contains("Next round: Monday 30 November, 09:00");
  }

  @Test
  void anAdminAddedOnOneReplicaIsAnAdminOnTheOtherAndRemovedOnceRemoved() throws Exception {
    assertThat(status(1, CONVENOR)).contains(Admins.REFUSAL);

    replicas.networkSettings(0).admins().add(ADMIN, CONVENOR);
    assertThat(status(1, CONVENOR)).contains("Next round: Monday 23 November, 09:00");

    replicas.networkSettings(0).admins().remove(ADMIN, CONVENOR);
    assertThat(status(1, CONVENOR)).contains(Admins.REFUSAL);
  }

  @Test
  void aPrivacyNoticeSavedOnOneReplicaIsTheOneTheOtherShowsAndAsksFor() throws Exception {
    String help = "Liverpool City Region Combined Authority, the data controller";
    assertThat(help(1)).doesNotContain(help);

    replicas
        .networkSettings(0)
        .notice()
        .save(ADMIN, "Liverpool City Region Combined Authority", "dpo@example.org", "");

    assertThat(help(1)).contains(help, "dpo@example.org");
  }

  @Test
  void theWelcomeSavedOnOneReplicaIsTheOneTheOtherSends() throws Exception {
    replicas.networkSettings(0).texts().saveWelcome(ADMIN, "We meet in person every June.");

    replicas.requests(1).event(SlackPayloads.teamJoin("Ev0JOIN1", "U0NEWBIE"));

    assertThat(VisibleText.of(replicas.slack().awaitCall("chat.postMessage").param("blocks")))
        .contains("We meet in person every June.");
  }

  private String help(int replica) {
    return VisibleText.of(
        replicas.requests(replica).slashCommand("/introduce", "help", ADMIN).body());
  }

  private String status(int replica, String userId) {
    return VisibleText.of(
        replicas.requests(replica).slashCommand("/digest", "status", userId).body());
  }

  /** When the weekly round runs next, as every replica's scheduler reads it from their table. */
  private Run weeklyRound() {
    ZonedDateTime next = nextExecution().atZone(LONDON);
    return new Run(next.getDayOfWeek(), next.toLocalTime());
  }

  /** The scheduler runs on real time, not the replicas' clock, so this is measured from now. */
  private Duration nextRunIn() {
    return Duration.between(Instant.now(), nextExecution());
  }

  private Instant nextExecution() {
    return replicas
        .jdbi()
        .withHandle(
            h ->
                h.select(
                        "SELECT execution_time FROM scheduled_tasks WHERE task_name = ?",
                        RoundTasks.WEEKLY_ROUND)
                    .mapTo(Instant.class)
                    .one());
  }

  private record Run(DayOfWeek day, LocalTime time) {}
}
