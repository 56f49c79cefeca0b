package org.commonground.storage.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.commonground.storage.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Replay detection for signed requests; run on H2 and on PostgreSQL by the subclasses. */
abstract class SeenRequestsContract {

  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

  @RegisterExtension final TestDatabase db = newDatabase();

  abstract TestDatabase newDatabase();

  @Test
  void aSignatureIsNewOnlyOnce() {
    SeenRequests seen = new SeenRequests(db.database().jdbi());

    assertThat(seen.firstSighting("v0=aaa", NOW)).isTrue();
    assertThat(seen.firstSighting("v0=aaa", NOW.plusSeconds(30))).isFalse();
    assertThat(seen.firstSighting("v0=bbb", NOW)).isTrue();
  }

  @Test
  void exactlyOneOfManySimultaneousCopiesIsNew() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      Callable<Boolean> copy =
          () -> new SeenRequests(db.database().jdbi()).firstSighting("v0=c", NOW);
      List<Future<Boolean>> results = pool.invokeAll(java.util.Collections.nCopies(16, copy));

      long firsts = results.stream().filter(SeenRequestsContract::get).count();
      assertThat(firsts).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void forgetsSignaturesSeenBeforeTheCutoff() {
    SeenRequests seen = new SeenRequests(db.database().jdbi());
    seen.firstSighting("v0=old", NOW);
    seen.firstSighting("v0=new", NOW.plus(Duration.ofMinutes(11)));

    assertThat(seen.forgetBefore(NOW.plus(Duration.ofMinutes(1)))).isEqualTo(1);
    assertThat(seen.firstSighting("v0=old", NOW.plus(Duration.ofMinutes(12)))).isTrue();
    assertThat(seen.firstSighting("v0=new", NOW.plus(Duration.ofMinutes(12)))).isFalse();
  }

  private static boolean get(Future<Boolean> future) {
    try {
      return future.get();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
