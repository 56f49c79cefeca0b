package org.commonground.storage.warmintros;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commonground.storage.members.MemberTagRow;
import org.commonground.storage.rounds.DeclineRepository;
import org.commonground.storage.rounds.TagIds;
import org.commonground.storage.tags.TagKind;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Warm introductions: a member suggests two others meet, each of the two answers privately, and
 * only two yeses make them a pair. Each method is one transaction.
 */
public final class WarmIntros {

  /** The window the weekly limit on suggestions counts over. */
  public static final Duration LIMIT_WINDOW = Duration.ofDays(7);

  /** A suggestion counted towards the limit, or the time the next one may be made. */
  public sealed interface Attempt {
    /** Counted, and to be checked: {@link #propose} or leave it refused. */
    record Counted(long id) implements Attempt {}

    /** Not counted: the member has made as many as they may in the last 7 days. */
    record OverLimit(Instant nextAllowedAt) implements Attempt {}
  }

  /**
   * How far back earlier introductions keep two people from being suggested to each other again.
   *
   * @param fromWeek the first week number whose pairs count
   * @param since the earliest suggestion that counts, whatever came of it
   */
  public record Recent(long fromWeek, Instant since) {}

  /**
   * An answer, and what it did.
   *
   * @param recorded false when the member had answered already, is not one of the two, or the
   *     suggestion had closed: nothing changed
   * @param agreed true for the one answer, of all however racing, that completed two yeses: its
   *     caller opens the conversation
   */
  public record Answered(WarmIntro intro, boolean recorded, boolean agreed) {}

  private final Jdbi jdbi;
  private final Clock clock;

  public WarmIntros(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /**
   * Counts a suggestion by {@code memberId} unless they have made {@code perWindow} in the last
   * {@link #LIMIT_WINDOW}. The member's row is locked, so suggestions sent at once are counted one
   * after the other.
   */
  public Attempt attempt(long memberId, int perWindow) {
    Instant now = clock.instant();
    return jdbi.inTransaction(
        h -> {
          WarmIntroRepository intros = repository(h);
          intros.lock(List.of(memberId));
          List<Instant> latest = intros.latestSince(memberId, now.minus(LIMIT_WINDOW), perWindow);
          if (latest.size() >= perWindow) {
            return new Attempt.OverLimit(latest.get(latest.size() - 1).plus(LIMIT_WINDOW));
          }
          return new Attempt.Counted(intros.insertAttempt(memberId, now));
        });
  }

  /**
   * Turns a counted attempt into a suggestion waiting for both answers until {@code expiresAt};
   * false, leaving it refused, when the two were introduced or suggested to each other recently.
   * Both members' rows are locked, so two people suggesting the same pair at once make one.
   */
  public boolean propose(
      long attemptId, long memberA, long memberB, String note, Instant expiresAt, Recent recent) {
    return jdbi.inTransaction(
        h -> {
          WarmIntroRepository intros = repository(h);
          intros.lock(List.of(memberA, memberB));
          if (intros.recentTogether(memberA, memberB, recent.fromWeek(), recent.since()) > 0) {
            return false;
          }
          return intros.propose(attemptId, memberA, memberB, note, expiresAt) == 1;
        });
  }

  /** Keeps where the DM to {@code memberId} was posted, the only message their clicks act on. */
  public void delivered(long id, long memberId, String channel, String ts) {
    jdbi.useTransaction(h -> repository(h).delivered(id, memberId, channel, ts));
  }

  public Optional<WarmIntro> find(long id) {
    return jdbi.inTransaction(h -> repository(h).find(id));
  }

  /**
   * Records {@code memberId}'s first answer while the suggestion is open; a "No thanks" is also a
   * decline of the other, like "Not for me" in a digest, in the same transaction. The answer that
   * makes two yeses also makes the pair, in week {@code weekNumber}, in the same transaction:
   * however many clicks race, on however many replicas, one of them is told it {@link
   * Answered#agreed()}.
   */
  public Answered answer(long id, long memberId, WarmIntroAnswer answer, long weekNumber) {
    Instant now = clock.instant();
    return jdbi.inTransaction(
        h -> {
          WarmIntroRepository intros = repository(h);
          boolean recorded = intros.answer(id, memberId, answer, now) == 1;
          WarmIntro intro = intros.find(id).orElse(null);
          if (intro == null) {
            return new Answered(null, false, false);
          }
          if (recorded && answer == WarmIntroAnswer.NO) {
            h.attach(DeclineRepository.class).decline(memberId, intro.partnerOf(memberId), now);
          }
          boolean bothYes =
              intro.aAnswer() == WarmIntroAnswer.YES && intro.bAnswer() == WarmIntroAnswer.YES;
          if (!recorded || !bothYes || intro.outcome() != WarmIntroOutcome.PENDING) {
            return new Answered(intro, recorded, false);
          }
          long pairId = insertPair(intros, intro, weekNumber);
          intros.agree(id, pairId, now);
          return new Answered(intros.find(id).orElseThrow(), true, true);
        });
  }

  /** Marks the agreed pair introduced in {@code channel}; false if it already was. */
  public boolean introduced(long pairId, String channel) {
    Instant now = clock.instant();
    return jdbi.inTransaction(h -> repository(h).markIntroduced(pairId, now, channel) == 1);
  }

  /**
   * Closes the suggestions whose time is up without two yeses and returns them, each once however
   * many replicas ask; forgets refused attempts once they no longer count towards the limit.
   */
  public List<WarmIntro> lapseDue() {
    Instant now = clock.instant();
    return jdbi.inTransaction(
        h -> {
          WarmIntroRepository intros = repository(h);
          intros.forgetRefusedBefore(now.minus(LIMIT_WINDOW));
          List<WarmIntro> lapsed = new ArrayList<>();
          for (WarmIntro due : intros.due(now)) {
            if (intros.lapse(due.id(), now) == 1) {
              intros.find(due.id()).ifPresent(lapsed::add);
            }
          }
          return lapsed;
        });
  }

  /** The pair as a round would store it: what the two share and can offer each other. */
  private static long insertPair(WarmIntroRepository intros, WarmIntro intro, long weekNumber) {
    long a = intro.memberA();
    long b = intro.memberB();
    List<MemberTagRow> tags = intros.activeTags(a, b);
    return intros.insertPair(
        a,
        b,
        weekNumber,
        TagIds.join(common(tags, a, TagKind.CHALLENGE, b, TagKind.CHALLENGE)),
        TagIds.join(common(tags, a, TagKind.OFFER, b, TagKind.ASK)),
        TagIds.join(common(tags, b, TagKind.OFFER, a, TagKind.ASK)));
  }

  private static List<Integer> common(
      List<MemberTagRow> tags, long first, TagKind firstKind, long second, TagKind secondKind) {
    Set<Integer> theirs = ids(tags, second, secondKind).collect(Collectors.toSet());
    return ids(tags, first, firstKind).filter(theirs::contains).sorted().toList();
  }

  private static Stream<Integer> ids(List<MemberTagRow> tags, long memberId, TagKind kind) {
    Predicate<MemberTagRow> held = row -> row.memberId() == memberId && row.kind() == kind;
    return tags.stream().filter(held).map(MemberTagRow::tagId);
  }

  private static WarmIntroRepository repository(Handle h) {
    return h.attach(WarmIntroRepository.class);
  }
}
