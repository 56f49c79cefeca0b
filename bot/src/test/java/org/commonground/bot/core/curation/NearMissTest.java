package org.commonground.bot.core.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearMissTest {

  private static final List<String> TAGS =
      List.of(
          "Loneliness & isolation",
          "Homelessness",
          "Housing quality",
          "SEND",
          "Youth services",
          "Civic data");

  @Test
  void suggestsNamesWithinAFewTypingMistakes() {
    assertThat(NearMiss.closest("Homelesness", TAGS)).startsWith("Homelessness");
    assertThat(NearMiss.closest("civik dta", TAGS)).containsExactly("Civic data");
  }

  @Test
  void suggestsNamesThatStartOrContainWhatWasTyped() {
    assertThat(NearMiss.closest("lonelyness", TAGS)).containsExactly("Loneliness & isolation");
    assertThat(NearMiss.closest("youth", TAGS)).containsExactly("Youth services");
  }

  @Test
  void suggestsNothingForSomethingElseEntirely() {
    assertThat(NearMiss.closest("Transport", TAGS)).isEmpty();
    assertThat(NearMiss.closest("", TAGS)).isEmpty();
  }

  @Test
  void distanceCountsEdits() {
    assertThat(NearMiss.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(NearMiss.distance("", "abc")).isEqualTo(3);
  }
}
