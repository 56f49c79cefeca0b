package org.commonground.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants of the pairing over many seeded synthetic networks. */
class PairingPropertiesTest {
  private static final MatchingEngine ENGINE = new MatchingEngine();

  static LongStream seeds() {
    return LongStream.range(1, 31);
  }

  /** A network of a few hundred, some of whom want no match, with history from a past week. */
  private static Week week(long seed) {
    List<Participant> people = new ArrayList<>();
    for (Participant p :
        new SyntheticNetwork(150 + (int) (seed * 13 % 250), 60, 3).generate(seed)) {
      people.add(p.id() % 11 == 0 ? withCap(p, 0) : p);
    }
    WeeklyPairing lastWeek = ENGINE.pair(people, MatchHistory.empty(), seed - 1);
    List<IdPair> met = new ArrayList<>();
    List<IdPair> declined = new ArrayList<>();
    for (Pair pair : lastWeek.pairs()) {
      (pair.a() % 2 == 0 ? met : declined).add(IdPair.of(pair.a(), pair.b()));
    }
    return new Week(people, new MatchHistory(met, declined), met, declined);
  }

  private record Week(
      List<Participant> people, MatchHistory history, List<IdPair> met, List<IdPair> declined) {}

  @ParameterizedTest
  @MethodSource("seeds")
  void everyPairIsAllowedAndEveryoneWithinTheirCap(long seed) {
    Week week = week(seed);
    Map<Long, Participant> byId = byId(week.people());
    WeeklyPairing result = ENGINE.pair(week.people(), week.history(), seed);

    Set<IdPair> seen = new HashSet<>();
    Map<Long, Integer> degree = new HashMap<>();
    for (Pair pair : result.pairs()) {
      Participant a = byId.get(pair.a());
      Participant b = byId.get(pair.b());
      assertThat(pair.a()).isLessThan(pair.b());
      assertThat(seen.add(IdPair.of(pair.a(), pair.b()))).as("unique %s", pair).isTrue();
      assertThat(a.organisationId()).isNotEqualTo(b.organisationId());
      assertThat(week.met()).doesNotContain(IdPair.of(a.id(), b.id()));
      assertThat(week.declined()).doesNotContain(IdPair.of(a.id(), b.id()));
      assertThat(related(a, b)).isTrue();
      degree.merge(a.id(), 1, Integer::sum);
      degree.merge(b.id(), 1, Integer::sum);
    }
    degree.forEach((id, count) -> assertThat(count).isLessThanOrEqualTo(byId.get(id).maxMatches()));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void sameInputAndWeekGiveTheSameResultWhateverTheOrder(long seed) {
    Week week = week(seed);
    List<Participant> shuffled = new ArrayList<>(week.people());
    Collections.shuffle(shuffled, new Random(seed * 31));

    WeeklyPairing first = ENGINE.pair(week.people(), week.history(), seed);
    WeeklyPairing again = ENGINE.pair(week.people(), week.history(), seed);
    WeeklyPairing reordered = ENGINE.pair(shuffled, week.history(), seed);

    assertThat(again).isEqualTo(first);
    assertThat(reordered).isEqualTo(first);
  }

  /** Large enough that candidates, scores and auction bids are computed on several threads. */
  @Test
  void aRoundLargeEnoughToRunInParallelIsTheSameEveryTime() {
    List<Participant> people = SyntheticNetwork.of(6_000).generate(7);
    List<Participant> shuffled = new ArrayList<>(people);
    Collections.shuffle(shuffled, new Random(7));

    WeeklyPairing first = ENGINE.pair(people, MatchHistory.empty(), 7);
    WeeklyPairing again = ENGINE.pair(people, MatchHistory.empty(), 7);
    WeeklyPairing reordered = ENGINE.pair(shuffled, MatchHistory.empty(), 7);

    assertThat(again).isEqualTo(first);
    assertThat(reordered).isEqualTo(first);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void unmatchedReasonsAreTrue(long seed) {
    Week week = week(seed);
    WeeklyPairing result = ENGINE.pair(week.people(), week.history(), seed);
    Set<Long> matched = new HashSet<>();
    result.pairs().forEach(pair -> matched.addAll(List.of(pair.a(), pair.b())));

    for (Participant p : week.people()) {
      UnmatchedReason reason = result.unmatched().get(p.id());
      if (matched.contains(p.id())) {
        assertThat(reason).isNull();
      } else if (p.maxMatches() == 0) {
        assertThat(reason).isEqualTo(UnmatchedReason.WANTED_NONE);
      } else {
        boolean anyAllowed = week.people().stream().anyMatch(q -> allowed(p, q, week.history()));
        assertThat(reason)
            .isEqualTo(
                anyAllowed ? UnmatchedReason.PARTNERS_TAKEN : UnmatchedReason.NO_ALLOWED_PARTNER);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void statsAgreeWithThePairs(long seed) {
    Week week = week(seed);
    WeeklyPairing result = ENGINE.pair(week.people(), week.history(), seed);
    PairingStats stats = result.stats();

    long wantedNone = week.people().stream().filter(p -> p.maxMatches() == 0).count();
    assertThat(stats.participants()).isEqualTo(week.people().size());
    assertThat(stats.eligible()).isEqualTo(week.people().size() - (int) wantedNone);
    assertThat(stats.matched() + result.unmatched().size()).isEqualTo(week.people().size());
    assertThat(stats.pairs()).isEqualTo(result.pairs().size());
    assertThat(stats.totalScore())
        .isEqualTo(result.pairs().stream().mapToDouble(Pair::score).sum());
  }

  private static boolean allowed(Participant p, Participant q, MatchHistory history) {
    return p.id() != q.id()
        && q.maxMatches() > 0
        && p.organisationId() != q.organisationId()
        && !history.blocks(p.id(), q.id())
        && related(p, q);
  }

  private static boolean related(Participant a, Participant b) {
    return a.challenges().stream().anyMatch(b.challenges()::contains)
        || a.offers().stream().anyMatch(b.asks()::contains)
        || b.offers().stream().anyMatch(a.asks()::contains);
  }

  private static Participant withCap(Participant p, int cap) {
    return new Participant(
        p.id(),
        p.organisationId(),
        p.sector(),
        p.place(),
        cap,
        p.challenges(),
        p.offers(),
        p.asks(),
        p.unmatchedLastWeek());
  }

  private static Map<Long, Participant> byId(List<Participant> people) {
    Map<Long, Participant> byId = new HashMap<>();
    people.forEach(p -> byId.put(p.id(), p));
    return byId;
  }
}
