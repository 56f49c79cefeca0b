package org.commonground.bot.views;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackTextTest {

  @Test
  void aSlackUserIsMentionedAndAnyoneElseNamedInWordsSlackCanDraw() {
    assertThat(SlackText.mention("U0ALICE")).isEqualTo("<@U0ALICE>");
    assertThat(SlackText.mention("6a1f4b2c-9d3e-4f5a-8b7c-0d1e2f3a4b5c"))
        .isEqualTo(SlackText.ON_TEAMS);
    assertThat(SlackText.mention(null)).isEqualTo(SlackText.LEFT);
  }

  @Test
  void cutMarkdownNeverEndsInsideAnEscapeOrAMention() {
    String escaped = SlackText.escape("Housing & health") + " with " + SlackText.mention("U0ALICE");

    assertThat(SlackText.truncateMarkdown(escaped, 12)).isEqualTo("Housing …");
    assertThat(SlackText.truncateMarkdown(escaped, 30)).isEqualTo("Housing &amp; health with …");
    assertThat(SlackText.truncateMarkdown(escaped, 100)).isEqualTo(escaped);
  }

  @Test
  void cutMarkdownKeepsWithinTheLimitAndWholeEmoji() {
    String text = "😀".repeat(2000);

    String cut = SlackText.truncateMarkdown(text, 3000);

    assertThat(cut).hasSizeLessThanOrEqualTo(3000).endsWith("😀…");
  }
}
