package org.commonground.bot.core.rounds;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.commonground.bot.core.settings.NetworkTexts;
import org.commonground.matching.IdPair;
import org.commonground.matching.MatchHistory;
import org.commonground.matching.MatchingEngine;
import org.commonground.matching.Pair;
import org.commonground.matching.Participant;
import org.commonground.matching.PastMatch;
import org.commonground.matching.TagSet;
import org.commonground.matching.WeeklyPairing;
import org.commonground.storage.Stores;
import org.commonground.storage.blocks.BlockList;
import org.commonground.storage.members.MemberTagRow;
import org.commonground.storage.rounds.AutoPauses;
import org.commonground.storage.rounds.Deliveries;
import org.commonground.storage.rounds.Eligibility;
import org.commonground.storage.rounds.EligibleMember;
import org.commonground.storage.rounds.NewRound;
import org.commonground.storage.rounds.QuietMember;
import org.commonground.storage.rounds.Round;
import org.commonground.storage.rounds.RoundStore;
import org.commonground.storage.tags.TagKind;

/**
 * Computes a week's round from who is eligible that Monday and the history before it, and stores it
 * once. Computing the same week again returns the stored round, so a preview shows exactly what
 * will be sent. Only members who agreed to the current privacy notice take part.
 */
public final class RoundPlanner {

  private final RoundStore rounds;
  private final Eligibility eligibility;
  private final Deliveries deliveries;
  private final AutoPauses pauses;
  private final BlockList blocks;
  private final MatchingEngine engine;
  private final NetworkTexts texts;
  private final Clock clock;

  /**
   * @param noticeVersion the version of the privacy notice members must have agreed to
   */
  public RoundPlanner(
      Stores stores, MatchingEngine engine, Clock clock, Supplier<String> noticeVersion) {
    this.rounds = stores.rounds();
    this.eligibility = stores.eligibility(noticeVersion);
    this.deliveries = stores.deliveries();
    this.pauses = stores.autoPauses();
    this.blocks = stores.blocks();
    this.engine = engine;
    this.texts = new NetworkTexts(stores.savedSettings());
    this.clock = clock;
  }

  /** The stored round of {@code week}, computing and storing it first if needed. */
  public Round roundFor(Week week) {
    Optional<Round> stored = rounds.find(week.label());
    return stored.orElseGet(() -> rounds.storeOnce(compute(week)));
  }

  /** The pairing the round of {@code week} would have, without storing anything. */
  public WeeklyPairing pairingFor(Week week) {
    return pairingFor(week, silentBefore(week));
  }

  private WeeklyPairing pairingFor(Week week, Set<Long> silent) {
    return engine.pair(participants(week, silent), history(week), week.number());
  }

  /** Who takes part in the round of {@code week}, before any is left out for not answering. */
  public List<EligibleMember> eligible(Week week) {
    return eligibility.membersOn(week.monday());
  }

  private NewRound compute(Week week) {
    Set<Long> silent = silentBefore(week);
    WeeklyPairing pairing = pairingFor(week, silent);
    List<NewRound.NewPair> pairs = new ArrayList<>();
    Set<Long> inRound = new HashSet<>();
    for (Pair pair : pairing.pairs()) {
      pairs.add(
          new NewRound.NewPair(
              pair.a(),
              pair.b(),
              pair.score(),
              ids(pair.sharedChallenges()),
              ids(pair.aOffersToB()),
              ids(pair.bOffersToA())));
      inRound.add(pair.a());
      inRound.add(pair.b());
    }
    List<NewRound.NewRoundMember> members = new ArrayList<>();
    inRound.stream().sorted().forEach(id -> members.add(new NewRound.NewRoundMember(id, null)));
    pairing.unmatched().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> members.add(new NewRound.NewRoundMember(e.getKey(), e.getValue().name())));
    var stats = pairing.stats();
    return new NewRound(
        week.label(),
        week.number(),
        clock.instant(),
        stats.eligible(),
        stats.withAllowedPartner(),
        stats.matched(),
        // Those left out for not answering are paused before the round goes out, if not yet.
        eligibility.headcountOn(week.monday()).pausing(silent.size()),
        stats.totalScore(),
        pairs,
        members,
        // Kept with the round, so every digest of the week, and any redrawn later, says the same.
        texts.digestNote());
  }

  private List<Participant> participants(Week week, Set<Long> silent) {
    List<EligibleMember> eligible = eligible(week);
    Map<Long, Map<TagKind, List<Integer>>> tags = new HashMap<>();
    for (MemberTagRow row : eligibility.activeTagsOn(week.monday())) {
      tags.computeIfAbsent(row.memberId(), id -> new HashMap<>())
          .computeIfAbsent(row.kind(), kind -> new ArrayList<>())
          .add(row.tagId());
    }
    Set<Long> unmatchedLastWeek = new HashSet<>(deliveries.unmatchedIn(week.number() - 1));
    List<Participant> participants = new ArrayList<>(eligible.size());
    for (EligibleMember member : eligible) {
      if (silent.contains(member.id())) {
        continue;
      }
      Map<TagKind, List<Integer>> held = tags.getOrDefault(member.id(), Map.of());
      participants.add(
          new Participant(
              member.id(),
              member.organisationId(),
              member.sector().name(),
              member.place(),
              member.matchesPerWeek(),
              tagSet(held, TagKind.CHALLENGE),
              tagSet(held, TagKind.OFFER),
              tagSet(held, TagKind.ASK),
              unmatchedLastWeek.contains(member.id())));
    }
    return participants;
  }

  /**
   * Members the round pauses before it is computed for answering none of their recent matches: left
   * out here too, so that a preview shows exactly the round that will be sent.
   */
  private Set<Long> silentBefore(Week week) {
    return pauses.silentBefore(week.number(), week.monday()).stream()
        .map(QuietMember::id)
        .collect(Collectors.toSet());
  }

  private MatchHistory history(Week week) {
    long from = week.number() - MatchHistory.DEFAULT_WINDOW_WEEKS;
    List<PastMatch> past =
        rounds.pairsBetweenWeeks(from, week.number()).stream()
            .map(row -> new PastMatch(IdPair.of(row.memberA(), row.memberB()), row.weekNumber()))
            .toList();
    return MatchHistory.of(past, week.number(), MatchHistory.DEFAULT_WINDOW_WEEKS, separated());
  }

  /**
   * Pairs never to be formed: a "Not for me" or a block of a person or an organisation, whichever
   * side made it. A member who blocked the organisation they later joined is no pair with themself.
   */
  private List<IdPair> separated() {
    return blocks.separations().stream()
        .filter(s -> s.memberId() != s.otherId())
        .map(s -> IdPair.of(s.memberId(), s.otherId()))
        .toList();
  }

  private static TagSet tagSet(Map<TagKind, List<Integer>> held, TagKind kind) {
    return TagSet.of(
        held.getOrDefault(kind, List.of()).stream().mapToInt(Integer::intValue).toArray());
  }

  private static List<Integer> ids(TagSet tags) {
    return tags.stream().boxed().toList();
  }
}
