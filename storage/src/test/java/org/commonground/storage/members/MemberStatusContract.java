package org.commonground.storage.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commonground.storage.testing.ProfileDrafts.draft;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.commonground.storage.tags.TagRepository;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Settings, pauses, activity and Slack status of members; run on H2 and PostgreSQL. */
abstract class MemberStatusContract {

  @RegisterExtension final TestDatabase db = newDatabase();

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
  private Jdbi jdbi;
  private MemberStatusRepository status;
  private ProfileStore store;

  abstract TestDatabase newDatabase();

  @BeforeEach
  void setUp() {
    jdbi = db.database().jdbi();
    status = jdbi.onDemand(MemberStatusRepository.class);
    store = new ProfileStore(jdbi, clock);
    int tag = jdbi.onDemand(TagRepository.class).listActive().get(0).id();
    store.save(draft("U1", new OrganisationChoice.New("Halton Council"), List.of(tag)));
  }

  @Test
  void changesMatchesPerWeekPausesAndResumes() {
    status.setMatchesPerWeek("U1", 3, clock.instant());
    status.setPausedUntil("U1", LocalDate.of(2026, 12, 6), clock.instant());
    assertThat(member().matchesPerWeek()).isEqualTo(3);
    assertThat(member().pausedUntil()).isEqualTo(LocalDate.of(2026, 12, 6));

    status.setPausedUntil("U1", null, clock.instant());

    assertThat(member().pausedUntil()).isNull();
    assertThat(status.setMatchesPerWeek("U0NOBODY", 1, clock.instant())).isZero();
  }

  @Test
  void slackCanDeactivateAndReactivate() {
    status.updateFromSlack("U1", true, "Sam Example", "Policy officer");
    assertThat(member().deactivated()).isTrue();

    status.updateFromSlack("U1", false, "Sam Example", "Policy officer");
    assertThat(member().deactivated()).isFalse();
  }

  @Test
  void findsTheInactiveWarnsThemOnceAndForgivesActivity() {
    clock.advance(Duration.ofDays(400));
    Instant cutoff = clock.instant().minus(Duration.ofDays(365));
    assertThat(status.inactiveAndNotWarned(cutoff)).containsExactly("U1");

    assertThat(status.markWarned("U1", clock.instant())).isEqualTo(1);
    assertThat(status.markWarned("U1", clock.instant())).isZero();
    assertThat(status.inactiveAndNotWarned(cutoff)).isEmpty();
    clock.advance(Duration.ofDays(31));
    assertThat(status.warnedBefore(clock.instant().minus(Duration.ofDays(30))))
        .containsExactly("U1");

    status.markActive("U1", clock.instant());

    assertThat(status.warnedBefore(clock.instant())).isEmpty();
    assertThat(status.inactiveAndNotWarned(clock.instant().minus(Duration.ofDays(365)))).isEmpty();
  }

  private Member member() {
    return store.findByUserId("U1").orElseThrow().member();
  }
}
