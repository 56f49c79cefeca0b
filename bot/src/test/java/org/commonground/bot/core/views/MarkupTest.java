package org.commonground.bot.core.views;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupTest {

  @Test
  void aSlackUserIsMentionedAndAnyoneElseNamedInWordsSlackCanDraw() {
    assertThat(Markup.mention("U0ALICE")).isEqualTo("<@U0ALICE>");
    assertThat(Markup.mention("6a1f4b2c-9d3e-4f5a-8b7c-0d1e2f3a4b5c")).isEqualTo(Markup.ON_TEAMS);
    assertThat(Markup.mention(null)).isEqualTo(Markup.LEFT);
  }

  @Test
  void cutMarkdownNeverEndsInsideAnEscapeOrAMention() {
    String escaped = Markup.escape("Housing & health") + " with " + Markup.mention("U0ALICE");

    assertThat(Markup.truncateMarkup(escaped, 12)).isEqualTo("Housing …");
    assertThat(Markup.truncateMarkup(escaped, 30)).isEqualTo("Housing &amp; health with …");
    assertThat(Markup.truncateMarkup(escaped, 100)).isEqualTo(escaped);
  }

  @Test
  void cutMarkdownKeepsWithinTheLimitAndWholeEmoji() {
    String text = "😀".repeat(2000);

    String cut = Markup.truncateMarkup(text, 3000);

    assertThat(cut).hasSizeLessThanOrEqualTo(3000).endsWith("😀…");
  }
}
