package org.commonground.storage.testing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.storage.members.OrganisationChoice;
import org.commonground.storage.members.ProfileDraft;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.organisations.Sector;
import org.commonground.storage.privacy.MemberDataEraser;
import org.commonground.storage.rounds.Answer;
import org.commonground.storage.rounds.Headcount;
import org.commonground.storage.rounds.MatchAnswers;
import org.commonground.storage.rounds.MeetingAnswer;
import org.commonground.storage.rounds.NewRound;
import org.commonground.storage.rounds.Round;
import org.commonground.storage.rounds.RoundStore;
import org.commonground.storage.rounds.TagIds;
import org.jdbi.v3.core.Jdbi;

/**
 * A network's history written through storage, for tests of the figures drawn from it: members of
 * named organisations and sectors, rounds and their pairs, answers, introductions and meetings.
 */
public final class ImpactNetwork {

  private final Jdbi jdbi;
  private final Clock clock;
  private final Map<Long, String> userIds = new HashMap<>();

  public ImpactNetwork(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** A member of {@code organisation} (made on first mention) in {@code sector}; their id. */
  public long member(String organisation, Sector sector, Integer... challenges) {
    String userId = "U" + (userIds.size() + 1);
    ProfileDraft draft =
        new ProfileDraft(
            userId,
            new OrganisationChoice.New(organisation),
            sector,
            ProfileDrafts.ROLE,
            "Wirral",
            null,
            1,
            List.of(challenges),
            List.of(),
            List.of(),
            false,
            ProfileDrafts.NOTICE_VERSION);
    long id = new ProfileStore(jdbi, clock).save(draft).profile().member().id();
    userIds.put(id, userId);
    return id;
  }

  /** A pair of a round, sharing these challenge tag ids. */
  public static NewRound.NewPair pair(long a, long b, Integer... sharedChallenges) {
    return new NewRound.NewPair(a, b, 1, List.of(sharedChallenges), List.of(), List.of());
  }

  /** Stores the round of week {@code weekNumber} with these pairs; the ids of its pairs. */
  public List<Long> round(long weekNumber, Headcount headcount, NewRound.NewPair... pairs) {
    List<NewRound.NewRoundMember> members = new ArrayList<>();
    for (NewRound.NewPair pair : pairs) {
      members.add(new NewRound.NewRoundMember(pair.memberA(), null));
      members.add(new NewRound.NewRoundMember(pair.memberB(), null));
    }
    List<NewRound.NewRoundMember> distinct = members.stream().distinct().toList();
    RoundStore rounds = new RoundStore(jdbi);
    Round round =
        rounds.storeOnce(
            new NewRound(
                "W" + weekNumber,
                weekNumber,
                clock.instant(),
                distinct.size(),
                distinct.size(),
                distinct.size(),
                headcount,
                pairs.length,
                List.of(pairs),
                distinct,
                Optional.empty()));
    return rounds.pairs(round.id()).stream().map(p -> p.id()).toList();
  }

  /** A round stored before rounds recorded the network's headcount, as such rows still are. */
  public void roundWithoutHeadcount(long weekNumber, int eligible, int matched) {
    jdbi.useHandle(
        h ->
            h.execute(
                "INSERT INTO round (week, week_number, computed_at, eligible, with_allowed_partner,"
                    + " matched, pair_count, total_score) VALUES (?, ?, ?, ?, ?, ?, 0, 0)",
                "W" + weekNumber,
                weekNumber,
                clock.instant(),
                eligible,
                eligible,
                matched));
  }

  public void answer(long pairId, long memberId, Answer answer) {
    new MatchAnswers(jdbi, clock).answer(pairId, memberId, answer).orElseThrow();
  }

  public void introduce(long pairId, Instant at) {
    new RoundStore(jdbi).markIntroduced(pairId, at, "G" + pairId);
  }

  /** A warm introduction the two agreed to in week {@code weekNumber}; its pair's id. */
  public long warmIntroduction(
      long a, long b, long weekNumber, Instant introducedAt, Integer... sharedChallenges) {
    return jdbi.withHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO round_pair (member_a, member_b, score, shared_challenges,"
                        + " a_offers_b, b_offers_a, introduced_at, week_number)"
                        + " VALUES (:a, :b, 0, :shared, '', '', :at, :week)")
                .bind("a", a)
                .bind("b", b)
                .bind("shared", TagIds.join(List.of(sharedChallenges)))
                .bind("at", introducedAt)
                .bind("week", weekNumber)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
  }

  /** {@code memberId} was asked "Did you meet?" about the pair and said {@code answer}. */
  public void said(long pairId, long memberId, MeetingAnswer answer) {
    jdbi.useHandle(
        h ->
            h.execute(
                "INSERT INTO meeting_feedback (pair_id, member_id, asked_at, answer, answered_at)"
                    + " VALUES (?, ?, ?, ?, ?)",
                pairId,
                memberId,
                clock.instant(),
                answer.name(),
                clock.instant()));
  }

  /** {@code memberId} was asked "Did you meet?" about the pair and hasn't answered. */
  public void asked(long pairId, long memberId) {
    jdbi.useHandle(
        h ->
            h.execute(
                "INSERT INTO meeting_feedback (pair_id, member_id, asked_at) VALUES (?, ?, ?)",
                pairId,
                memberId,
                clock.instant()));
  }

  /** The member deletes their profile. */
  public void erase(long memberId) {
    new MemberDataEraser(jdbi, clock).erase(userIds.get(memberId));
  }

  public String userId(long memberId) {
    return userIds.get(memberId);
  }
}
