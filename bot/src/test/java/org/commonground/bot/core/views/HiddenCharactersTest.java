package org.commonground.bot.core.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which characters nobody would see are refused in typed text, and which pass. */
class HiddenCharactersTest {

  private static final String FAMILY = "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
  private static final String RAINBOW_FLAG = "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08";
  private static final String HEALTH_WORKER_DARK = "\uD83D\uDC69\uD83C\uDFFF\u200D\u2695\uFE0F";
  private static final String HEART_ON_FIRE = "\u2764\uFE0F\u200D\uD83D\uDD25";
  private static final String PERSIAN = "می\u200Cخواهم";

  @Test
  void refusesEachKindNamingTheCharacter() {
    List<String> hidden =
        List.of(
            "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068",
            "\u2069", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u0000", "\u0007",
            "\u001B", "\u007F", "\u0085", "\u009F", "\uFFFD", "\uD83D");
    for (String c : hidden) {
      String code = String.format("U+%04X", (int) c.charAt(0));
      assertThat(HiddenCharacters.complaint("This", "Head of" + c + " services", true))
          .as(code)
          .hasValueSatisfying(
              complaint -> assertThat(complaint).startsWith("This has ").contains(code));
    }
  }

  @Test
  void saysWhatEachKindDoes() {
    assertThat(HiddenCharacters.complaint("This", "a\u202Eb", false))
        .hasValue(
            "This has an invisible character that reverses the direction of the text after it"
                + " (U+202E). Please type it again rather than pasting it, and leave that"
                + " character out.");
    assertThat(HiddenCharacters.complaint("The name", "nul\u0000tag", false).orElseThrow())
        .startsWith("The name has a control character that can't be shown (U+0000).");
    assertThat(HiddenCharacters.complaint("This", "a\u200Bb", false).orElseThrow())
        .contains("an invisible zero-width character (U+200B)");
    assertThat(HiddenCharacters.complaint("This", "caf\uFFFD", false).orElseThrow())
        .contains("a character that was garbled in copying (U+FFFD)");
  }

  @Test
  void lineBreaksOnlyWhereTheFieldHasLinesButTabsAnywhere() {
    assertThat(HiddenCharacters.complaint("This", "one\ntwo\r\nthree", true)).isEmpty();
    assertThat(HiddenCharacters.complaint("This", "one\ntwo", false))
        .hasValue("This has a line break: please keep it to one line.");
    assertThat(HiddenCharacters.complaint("This", "one\rtwo", false)).isPresent();
    assertThat(HiddenCharacters.complaint("This", "one\ttwo", false)).isEmpty();
  }

  @Test
  void joinersThatMakeOneEmojiOrJoinLettersAreKept() {
    for (String fine :
        List.of(
            FAMILY,
            RAINBOW_FLAG,
            HEALTH_WORKER_DARK,
            HEART_ON_FIRE,
            PERSIAN,
            "Siân Roberts, Gwasanaethau Cymdeithasol ŵyr",
            "社会福祉",
            "Ærøskøbing – “quotes” & <tags>")) {
      assertThat(HiddenCharacters.complaint("This", "We " + fine + " it", false))
          .as(fine)
          .isEmpty();
    }
  }

  @Test
  void joinersThatJoinNothingVisibleAreRefused() {
    for (String hiding :
        List.of("ad\u200Dmin", "ad\u200Cmin", "\u200DAda", "Ada\u200D", "\uD83D\uDC69\u200Da")) {
      assertThat(HiddenCharacters.complaint("This", hiding, false)).as(hiding).isPresent();
    }
  }

  @Test
  void stripRemovesThemKeepingEmojiAndTurnsLineBreaksIntoSpaces() {
    assertThat(HiddenCharacters.strip("\u202EAda\u200B Love\u0000lace\uFEFF " + FAMILY))
        .isEqualTo("Ada Lovelace " + FAMILY);
    assertThat(HiddenCharacters.strip("Head of\nEarly\tHelp")).isEqualTo("Head of Early Help");
    assertThat(HiddenCharacters.strip(null)).isNull();
  }
}
