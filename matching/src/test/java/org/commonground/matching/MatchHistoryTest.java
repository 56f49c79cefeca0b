package org.commonground.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchHistoryTest {
  @Test
  void keepsOnlyTheWindowBeforeThisWeek() {
    List<PastMatch> past =
        List.of(
            new PastMatch(IdPair.of(1, 2), 88), // 12 weeks before week 100: inside
            new PastMatch(IdPair.of(1, 3), 87), // 13 weeks before: outside
            new PastMatch(IdPair.of(1, 4), 100)); // this week itself: ignored
    MatchHistory history = MatchHistory.of(past, 100, MatchHistory.DEFAULT_WINDOW_WEEKS, List.of());

    assertThat(history.metRecently(2, 1)).isTrue();
    assertThat(history.metRecently(1, 3)).isFalse();
    assertThat(history.metRecently(1, 4)).isFalse();
  }

  @Test
  void declinesBlockBothOrdersForever() {
    MatchHistory history = new MatchHistory(List.of(), List.of(IdPair.of(7, 3)));

    assertThat(history.blocks(3, 7)).isTrue();
    assertThat(history.blocks(7, 3)).isTrue();
    assertThat(history.blocks(3, 8)).isFalse();
  }

  @Test
  void holdsManyPairs() {
    List<IdPair> pairs =
        java.util.stream.LongStream.range(0, 10_000).mapToObj(i -> IdPair.of(i, i + 1)).toList();
    MatchHistory history = new MatchHistory(pairs, List.of());

    assertThat(history.metRecently(5_000, 5_001)).isTrue();
    assertThat(history.metRecently(5_000, 5_002)).isFalse();
  }
}
