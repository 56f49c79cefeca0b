package org.commonground.storage.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.commonground.storage.privacy.MemberDataEraser;
import org.commonground.storage.privacy.MemberDataExport;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Where messages landed, and claims on sending; run on H2 and on PostgreSQL by the subclasses. */
abstract class SentMessagesContract {

  private static final Duration QUIET = Duration.ofMinutes(10);

  @RegisterExtension final TestDatabase db = newDatabase();

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
  private SentMessages sent;

  abstract TestDatabase newDatabase();

  @BeforeEach
  void setUp() {
    sent = new SentMessages(db.database().jdbi(), clock);
  }

  @Test
  void aMessageIsFoundOnlyByThePersonItWasSentTo() {
    sent.remember("question", 7, "U0ALICE", new SentMessage("D0ALICE", "1717000000.000001"));

    assertThat(sent.find("question", 7, "U0ALICE"))
        .contains(new SentMessage("D0ALICE", "1717000000.000001"));
    assertThat(sent.find("question", 7, "U0BOB")).isEmpty();
    assertThat(sent.find("question", 8, "U0ALICE")).isEmpty();
    assertThat(sent.find("suggestion", 7, "U0ALICE")).isEmpty();
  }

  @Test
  void aMessageSentAgainReplacesWhereTheFirstLanded() {
    sent.remember("question", 7, "U0ALICE", new SentMessage("D0ALICE", "1717000000.000001"));
    sent.remember("question", 7, "U0ALICE", new SentMessage("D0ALICE", "1717000000.000009"));

    assertThat(sent.find("question", 7, "U0ALICE"))
        .contains(new SentMessage("D0ALICE", "1717000000.000009"));
  }

  @Test
  void aClaimHoldsForTheQuietPeriodThenLapses() {
    assertThat(sent.claim("saved", SentMessages.PER_PERSON, "U0ALICE", QUIET)).isTrue();
    assertThat(sent.claim("saved", SentMessages.PER_PERSON, "U0ALICE", QUIET)).isFalse();
    assertThat(sent.claim("saved", SentMessages.PER_PERSON, "U0BOB", QUIET)).isTrue();

    clock.advance(QUIET.minusSeconds(1));
    assertThat(sent.claim("saved", SentMessages.PER_PERSON, "U0ALICE", QUIET)).isFalse();
    clock.advance(Duration.ofSeconds(1));
    assertThat(sent.claim("saved", SentMessages.PER_PERSON, "U0ALICE", QUIET)).isTrue();
  }

  @Test
  void aClaimedMessageIsNotFoundUntilItLands() {
    sent.claim("saved", SentMessages.PER_PERSON, "U0ALICE", QUIET);
    assertThat(sent.find("saved", SentMessages.PER_PERSON, "U0ALICE")).isEmpty();

    sent.remember(
        "saved", SentMessages.PER_PERSON, "U0ALICE", new SentMessage("D0ALICE", "1.000001"));
    assertThat(sent.find("saved", SentMessages.PER_PERSON, "U0ALICE")).isPresent();
  }

  @Test
  void ofManyConcurrentClaimsExactlyOneWins() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> claims = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        claims.add(() -> sent.claim("saved", SentMessages.PER_PERSON, "U0ALICE", QUIET));
      }
      int won = 0;
      for (Future<Boolean> claim : pool.invokeAll(claims)) {
        won += claim.get() ? 1 : 0;
      }
      assertThat(won).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void messagesAreExportedAndErasedWithThePerson() {
    sent.remember("question", 7, "U0ALICE", new SentMessage("D0ALICE", "1717000000.000001"));
    sent.remember("question", 7, "U0BOB", new SentMessage("D0BOB", "1717000000.000002"));

    assertThat(new MemberDataExport(db.database().jdbi()).collect("U0ALICE").get("messages_sent"))
        .singleElement()
        .satisfies(row -> assertThat(row).containsEntry("channel", "D0ALICE"));

    new MemberDataEraser(db.database().jdbi(), clock).erase("U0ALICE");
    assertThat(sent.find("question", 7, "U0ALICE")).isEmpty();
    assertThat(sent.find("question", 7, "U0BOB")).isPresent();
  }
}
