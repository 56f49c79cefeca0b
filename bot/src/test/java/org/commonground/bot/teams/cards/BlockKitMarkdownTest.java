package org.commonground.bot.teams.cards;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.commonground.bot.views.SlackText;
import org.junit.jupiter.api.Test;

class BlockKitMarkdownTest {

  private static final Function<String, String> NAMES =
      Map.of("U1", "Ann [Smith](https://evil.example)")::get;

  @Test
  void eachBlockIsAParagraphWithTheAppsBoldAndEmojiCarriedAcross() {
    BlockKitMarkdown.Converted converted =
        BlockKitMarkdown.of(
            List.of(
                header(h -> h.text(plainText("Round 2026-W49 (preview)"))),
                section(s -> s.text(markdownText(":white_check_mark: *3* eligible · _two_ met"))),
                divider(),
                section(s -> s.fields(List.of(markdownText("*Sent* 2"), plainText("1 * 2")))),
                context(List.of(markdownText("`/tags help` lists the commands")))),
            NAMES);

    assertThat(converted.markdown())
        .isEqualTo(
            "**Round 2026-W49 \\(preview\\)**\n\n"
                + "✅ **3** eligible · _two_ met\n\n"
                + "**Sent** 2\n1 \\* 2\n\n"
                + "/tags help lists the commands");
    assertThat(converted.buttonsDropped()).isFalse();
  }

  @Test
  void buttonsAreLeftOutAndSaidToBe() {
    BlockKitMarkdown.Converted converted =
        BlockKitMarkdown.of(
            List.of(
                section(s -> s.text(markdownText("*Challenge tags*"))),
                actions(List.of(button(b -> b.actionId("add").text(plainText("Add a tag")))))),
            NAMES);

    assertThat(converted.markdown()).isEqualTo("**Challenge tags**");
    assertThat(converted.buttonsDropped()).isTrue();
  }

  @Test
  void namesSomeoneTypedStayTextAndCantMakeMarkupOrLinks() {
    String typed = "<b>Fuel</b> [poverty](https://evil.example) & more";

    String markdown = SlackMrkdwn.toMarkdown("Added *" + SlackText.escape(typed) + "*.", NAMES);

    assertThat(markdown)
        .isEqualTo("Added **\\<b\\>Fuel\\</b\\> \\[poverty\\]\\(https://evil.example\\) & more**.");
  }

  @Test
  void aMentionBecomesTheMembersNameEscaped() {
    assertThat(SlackMrkdwn.toMarkdown("• <@U1> (Kindred)", NAMES))
        .isEqualTo("• Ann \\[Smith\\]\\(https://evil.example\\) \\(Kindred\\)");
  }
}
