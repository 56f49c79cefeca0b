package org.commonground.storage.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Slack event de-duplication; run on H2 and on PostgreSQL by the subclasses. */
abstract class ProcessedEventsContract {

  @RegisterExtension final TestDatabase db = newDatabase();

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
  private ProcessedEvents events;

  abstract TestDatabase newDatabase();

  @BeforeEach
  void setUp() {
    events = new ProcessedEvents(db.database().jdbi(), clock);
  }

  @Test
  void anEventIsClaimedOnceOnly() {
    assertThat(events.claim("Ev0001", "team_join")).isTrue();
    assertThat(events.claim("Ev0001", "team_join")).isFalse();
    assertThat(events.claim("Ev0002", "team_join")).isTrue();
  }

  @Test
  void claimsFromAnotherProcessOnTheSameDatabaseCount() {
    ProcessedEvents otherReplica = new ProcessedEvents(db.database().jdbi(), clock);
    events.claim("Ev0001", "user_change");

    assertThat(otherReplica.claim("Ev0001", "user_change")).isFalse();
  }

  @Test
  void forgetsOldEvents() {
    events.claim("Ev0001", "team_join");
    clock.advance(Duration.ofDays(8));
    events.claim("Ev0002", "team_join");

    assertThat(events.forgetBefore(clock.instant().minus(Duration.ofDays(7)))).isEqualTo(1);
    assertThat(events.claim("Ev0001", "team_join")).isTrue();
    assertThat(events.claim("Ev0002", "team_join")).isFalse();
  }
}
