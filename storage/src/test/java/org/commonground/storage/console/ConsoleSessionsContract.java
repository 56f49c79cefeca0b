package org.commonground.storage.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.commonground.storage.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The console's sign-ins and sessions; run on H2 and on PostgreSQL by the subclasses. */
abstract class ConsoleSessionsContract {

  private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
  private static final Duration IDLE = Duration.ofMinutes(30);

  @RegisterExtension final TestDatabase db = newDatabase();

  abstract TestDatabase newDatabase();

  private ConsoleSessions sessions() {
    return new ConsoleSessions(db.database().jdbi());
  }

  private static ConsoleSession session(String userId, Instant expiresAt) {
    return new ConsoleSession(userId, "SLACK", "Ada Lovelace", "csrf-1", NOW, NOW, expiresAt);
  }

  @Test
  void aSignInIsFinishedOnceAndOnlyOnItsOwnPlatform() {
    sessions().startSignIn("state-1", "nonce-1", "SLACK", NOW);
    sessions().startSignIn("state-2", "nonce-2", "SLACK", NOW);

    assertThat(sessions().finishSignIn("state-1", "SLACK", NOW.minusSeconds(600)))
        .contains("nonce-1");
    assertThat(sessions().finishSignIn("state-1", "SLACK", NOW.minusSeconds(600))).isEmpty();
    assertThat(sessions().finishSignIn("state-2", "TEAMS", NOW.minusSeconds(600))).isEmpty();
    assertThat(sessions().finishSignIn("state-2", "SLACK", NOW.minusSeconds(600)))
        .as("a wrong platform's answer used the state up")
        .isEmpty();
  }

  @Test
  void aLapsedSignInIsRefused() {
    sessions().startSignIn("state-1", "nonce-1", "SLACK", NOW);

    assertThat(sessions().finishSignIn("state-1", "SLACK", NOW.plusSeconds(1))).isEmpty();
  }

  @Test
  void aSessionIsFoundUntilItEndsOrIdles() {
    sessions().open("hash-1", session("U1", NOW.plus(Duration.ofHours(8))));

    assertThat(sessions().find("hash-1", NOW.plus(Duration.ofMinutes(29)), IDLE))
        .hasValueSatisfying(found -> assertThat(found.userId()).isEqualTo("U1"));
    assertThat(sessions().find("hash-1", NOW.plus(Duration.ofMinutes(58)), IDLE))
        .as("29 minutes after the last request")
        .isPresent();
    assertThat(sessions().find("hash-1", NOW.plus(Duration.ofMinutes(89)), IDLE))
        .as("31 minutes idle")
        .isEmpty();
    assertThat(sessions().find("other", NOW, IDLE)).isEmpty();
  }

  @Test
  void aSessionEndsAtItsEndHoweverBusy() {
    sessions().open("hash-1", session("U1", NOW.plus(Duration.ofMinutes(20))));

    assertThat(sessions().find("hash-1", NOW.plus(Duration.ofMinutes(10)), IDLE)).isPresent();
    assertThat(sessions().find("hash-1", NOW.plus(Duration.ofMinutes(20)), IDLE)).isEmpty();
  }

  @Test
  void closingEndsOneSessionAndClosingAllEndsEveryOneOfAUser() {
    sessions().open("hash-1", session("U1", NOW.plus(Duration.ofHours(8))));
    sessions().open("hash-2", session("U1", NOW.plus(Duration.ofHours(8))));
    sessions().open("hash-3", session("U2", NOW.plus(Duration.ofHours(8))));

    sessions().close("hash-1");
    assertThat(sessions().find("hash-1", NOW, IDLE)).isEmpty();
    assertThat(sessions().closeAllOf("U1")).isEqualTo(1);
    assertThat(sessions().find("hash-2", NOW, IDLE)).isEmpty();
    assertThat(sessions().find("hash-3", NOW, IDLE)).isPresent();
  }

  @Test
  void pruningForgetsEndedSessionsAndOldSignIns() {
    sessions().open("ended", session("U1", NOW.plus(Duration.ofMinutes(5))));
    sessions().open("live", session("U2", NOW.plus(Duration.ofHours(8))));
    sessions().startSignIn("old", "n", "SLACK", NOW);

    Instant later = NOW.plus(Duration.ofMinutes(10));
    assertThat(sessions().prune(later, IDLE, later.minusSeconds(60))).isEqualTo(2);
    assertThat(sessions().find("live", later, IDLE)).isPresent();
  }
}
