package org.commonground.bot.core.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Counts of 1 or 2 never show, nor can be worked out from the counts shown beside them. */
class SuppressionTest {

  @Test
  void oneAndTwoReadFewerThanThreeAndKeepNoNumber() {
    assertThat(List.of(0, 1, 2, 3, 40).stream().map(n -> Count.of(n).text()))
        .containsExactly("0", "<3", "<3", "3", "40");
    assertThat(Count.of(1)).isEqualTo(Count.of(2));
    assertThat(Count.of(1).exact()).isEmpty();
    assertThat(Count.of(1).words()).isEqualTo("fewer than 3");
    assertThat(Count.of(java.util.OptionalInt.empty()).text()).isEqualTo("[x]");
    assertThatThrownBy(() -> Count.of(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTotalIsWithheldWhenOneOfItsPartsReadsFewerThanThree() {
    assertThat(texts(Breakdown.withTotal(6, 2, 0, 4))).containsExactly("[c]", "6", "<3", "0", "4");
    assertThat(Breakdown.withTotal(6, 1, 0, 4)).isEqualTo(Breakdown.withTotal(6, 2, 0, 4));
    assertThat(texts(Breakdown.withTotal(6, 3, 0, 4))).containsExactly("13", "6", "3", "0", "4");
  }

  @Test
  void aTotalUnderThreeHidesWhichOfItsPartsAreEmpty() {
    assertThat(texts(Breakdown.withTotal(1, 1, 0))).containsExactly("<3", "<3", "<3", "<3");
    assertThat(Breakdown.withTotal(1, 1, 0)).isEqualTo(Breakdown.withTotal(0, 0, 1));
    assertThat(texts(Breakdown.withTotal(0, 0))).containsExactly("0", "0", "0");
  }

  @Test
  void anAggregateIsWithheldWhenSubtractingWhatIsShownWouldPinItsHiddenParts() {
    assertThat(AggregateCount.of(9, List.of()).text()).isEqualTo("9");
    assertThat(AggregateCount.of(9, List.of(1)).text()).isEqualTo("[c]");
    assertThat(AggregateCount.of(9, List.of(2)).text()).isEqualTo("[c]");
    assertThat(AggregateCount.of(9, List.of(1, 1)).text()).isEqualTo("[c]");
    assertThat(AggregateCount.of(9, List.of(2, 2)).text()).isEqualTo("[c]");
    assertThat(AggregateCount.of(9, List.of(1, 2)).text()).isEqualTo("9");
    assertThat(AggregateCount.of(2, List.of(2)).text()).isEqualTo("<3");
  }

  private static List<String> texts(List<Count> counts) {
    return counts.stream().map(Count::text).toList();
  }
}
