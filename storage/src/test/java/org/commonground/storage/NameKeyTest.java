package org.commonground.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonground.storage.testing.LongestNames;
import org.junit.jupiter.api.Test;

class NameKeyTest {

  @Test
  void ignoresCaseSpacingApostrophesAndPunctuation() {
    assertThat(NameKey.of("  Children’s   Services ")).isEqualTo(NameKey.of("childrens services"));
    assertThat(NameKey.of("Plus Dane (Housing)")).isEqualTo("plus dane housing");
  }

  @Test
  void readsAmpersandAsAnd() {
    assertThat(NameKey.of("Employment & skills")).isEqualTo(NameKey.of("employment and skills"));
  }

  @Test
  void keepsLettersOutsideAscii() {
    assertThat(NameKey.of("Siân's Café")).isEqualTo("siâns café");
  }

  @Test
  void tellsDifferentNamesApart() {
    assertThat(NameKey.of("Liverpool CC")).isNotEqualTo(NameKey.of("Liverpool City Council"));
  }

  @Test
  void aKeyIsAtMostFourTimesAsLongAsItsName() {
    assertThat(NameKey.of("&".repeat(80))).hasSize(4 * 80 - 1).startsWith("and and ");
    for (String name : LongestNames.of(120)) {
      assertThat(NameKey.of(name).length()).as(name).isLessThan(4 * name.length());
    }
  }
}
