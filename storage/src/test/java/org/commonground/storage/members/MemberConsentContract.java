package org.commonground.storage.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.commonground.storage.testing.ProfileDrafts.draft;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.commonground.storage.members.MemberConsent.Agreement;
import org.commonground.storage.members.MemberConsent.ToAsk;
import org.commonground.storage.privacy.MemberDataEraser;
import org.commonground.storage.privacy.MemberDataExport;
import org.commonground.storage.rounds.Eligibility;
import org.commonground.storage.rounds.EligibleMember;
import org.commonground.storage.tags.TagRepository;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.ProfileDrafts;
import org.commonground.storage.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Consent history and requests to agree again; run on H2 and on PostgreSQL by the subclasses. */
abstract class MemberConsentContract {

  private static final Instant START = Instant.parse("2026-11-23T09:00:00Z");
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
  private static final String V1 = ProfileDrafts.NOTICE_VERSION;
  private static final String V2 = "2026-12.0a1b2c3d";

  @RegisterExtension final TestDatabase db = newDatabase();

  private final MutableClock clock = new MutableClock(START);
  private Jdbi jdbi;
  private ProfileStore store;
  private MemberConsent consent;
  private List<Integer> challenges;

  abstract TestDatabase newDatabase();

  @BeforeEach
  void setUp() {
    jdbi = db.database().jdbi();
    store = new ProfileStore(jdbi, clock);
    consent = new MemberConsent(jdbi, clock);
    challenges = List.of(jdbi.onDemand(TagRepository.class).listActive().get(0).id());
    store.save(draft("U0ADA", new OrganisationChoice.New("Council"), challenges));
    store.save(draft("U0BEA", new OrganisationChoice.New("Trust"), challenges));
  }

  @Test
  void theFirstAgreementIsKeptAndSavingAgainUnderTheSameVersionAddsNothing() {
    clock.advance(Duration.ofDays(1));
    store.save(draft("U0ADA", new OrganisationChoice.New("Council"), challenges));

    assertThat(consent.history("U0ADA")).containsExactly(new Agreement(V1, START));
  }

  @Test
  void agreeingToANewVersionIsKeptBesideTheFirstAndOnce() {
    clock.advance(Duration.ofDays(10));

    assertThat(consent.agree("U0ADA", V2)).isTrue();
    assertThat(consent.agree("U0ADA", V2)).isFalse();
    assertThat(consent.agree("U0NOBODY", V2)).isFalse();

    assertThat(consent.history("U0ADA"))
        .containsExactly(new Agreement(V1, START), new Agreement(V2, clock.instant()));
    Member ada = store.findByUserId("U0ADA").orElseThrow().member();
    assertThat(ada.consentNoticeVersion()).isEqualTo(V2);
    assertThat(ada.consentedAt()).isEqualTo(clock.instant());
    assertThat(consent.history("U0BEA")).containsExactly(new Agreement(V1, START));
  }

  @Test
  void aProfileSavedUnderANewVersionKeepsThatAgreementToo() {
    clock.advance(Duration.ofDays(3));
    ProfileDraft draft = draft("U0BEA", new OrganisationChoice.New("Trust"), challenges);
    store.save(
        new ProfileDraft(
            draft.userId(),
            draft.organisation(),
            draft.sector(),
            draft.role(),
            draft.place(),
            draft.workingOn(),
            draft.matchesPerWeek(),
            draft.challengeIds(),
            draft.offerIds(),
            draft.askIds(),
            draft.shareInChannel(),
            V2));

    assertThat(consent.history("U0BEA"))
        .extracting(Agreement::noticeVersion)
        .containsExactly(V1, V2);
  }

  @Test
  void onlyMembersOnTheCurrentVersionAreEligible() {
    consent.agree("U0ADA", V2);

    Eligibility eligibility = new Eligibility(jdbi, () -> V2);
    assertThat(eligibility.membersOn(MONDAY))
        .extracting(EligibleMember::id)
        .containsExactly(id("U0ADA"));
    assertThat(eligibility.activeTagsOn(MONDAY))
        .extracting(MemberTagRow::memberId)
        .containsOnly(id("U0ADA"));
  }

  @Test
  void eachMemberIsAskedOncePerVersionWhoeverAsks() {
    assertThat(consent.notYetAsked(V2, 10))
        .extracting(ToAsk::userId)
        .containsExactly("U0ADA", "U0BEA");

    assertThat(consent.markAsked(id("U0ADA"), V2)).isTrue();
    assertThat(consent.markAsked(id("U0ADA"), V2)).isFalse();
    assertThat(consent.notYetAsked(V2, 10)).extracting(ToAsk::userId).containsExactly("U0BEA");
    assertThat(consent.notYetAsked(V2, 1)).hasSize(1);
    assertThat(consent.notYetAsked(V1, 10)).isEmpty();

    consent.agree("U0BEA", V2);
    assertThat(consent.markAsked(id("U0BEA"), V2)).isFalse();
    assertThat(consent.notYetAsked(V2, 10)).isEmpty();
    assertThat(consent.notYetAsked("2027-01.ffffffff", 10)).hasSize(2);
  }

  @Test
  void theRequestMessageIsKeptForTheMemberItWasSentTo() {
    assertThat(consent.requestMessage("U0ADA")).isEmpty();

    consent.recordRequestMessage(id("U0ADA"), "D0ADA", "1717000000.000100");

    assertThat(consent.requestMessage("U0ADA"))
        .contains(new MemberConsent.RequestMessage("D0ADA", "1717000000.000100"));
    assertThat(consent.requestMessage("U0BEA")).isEmpty();
  }

  @Test
  void deactivatedMembersAreNotAsked() {
    jdbi.onDemand(MemberStatusRepository.class).updateFromSlack("U0BEA", true, null, null);

    assertThat(consent.notYetAsked(V2, 10)).extracting(ToAsk::userId).containsExactly("U0ADA");
  }

  @Test
  void theExportHoldsEveryAgreementAndTheLastRequest() {
    clock.advance(Duration.ofDays(1));
    consent.markAsked(id("U0ADA"), V2);
    clock.advance(Duration.ofDays(1));
    consent.agree("U0ADA", V2);

    Map<String, List<Map<String, Object>>> data = new MemberDataExport(jdbi).collect("U0ADA");

    assertThat(data.get("consent_history"))
        .extracting(row -> row.get("notice_version"), row -> row.get("agreed_at"))
        .containsExactly(tuple(V1, "2026-11-23T09:00:00Z"), tuple(V2, "2026-11-25T09:00:00Z"));
    assertThat(data.get("consent").get(0))
        .containsEntry("consent_notice_version", V2)
        .containsEntry("consent_requested_version", V2)
        .containsEntry("consent_requested_at", "2026-11-24T09:00:00Z");
  }

  @Test
  void erasureRemovesTheirHistoryAndOnlyTheirs() {
    consent.agree("U0ADA", V2);

    new MemberDataEraser(jdbi, clock).erase("U0ADA");

    assertThat(rows("SELECT COUNT(*) FROM consent_history")).isEqualTo(1);
    assertThat(consent.history("U0BEA")).hasSize(1);
  }

  private long rows(String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  private long id(String userId) {
    return store.findByUserId(userId).orElseThrow().member().id();
  }
}
