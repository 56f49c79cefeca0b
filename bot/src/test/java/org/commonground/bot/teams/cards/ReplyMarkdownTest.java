package org.commonground.bot.teams.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.commonground.bot.core.curation.Reply;
import org.commonground.bot.core.curation.ReplyPart;
import org.commonground.bot.core.views.Markup;
import org.junit.jupiter.api.Test;

class ReplyMarkdownTest {

  private static final Function<String, String> NAMES =
      Map.of("U1", "Ann [Smith](https://evil.example)")::get;

  @Test
  void eachBlockIsAParagraphWithTheAppsBoldAndEmojiCarriedAcross() {
    ReplyMarkdown.Converted converted =
        ReplyMarkdown.of(
            Reply.of(
                "Round",
                List.of(
                    new ReplyPart.Heading("Round 2026-W49 (preview) 1 * 2"),
                    new ReplyPart.Section(":white_check_mark: *3* eligible · _two_ met"),
                    new ReplyPart.Note("`/tags help` lists the commands"))),
            NAMES);

    assertThat(converted.markdown())
        .isEqualTo(
            "**Round 2026-W49 \\(preview\\) 1 \\* 2**\n\n"
                + "✅ **3** eligible · _two_ met\n\n"
                + "/tags help lists the commands");
    assertThat(converted.buttonsDropped()).isFalse();
  }

  @Test
  void buttonsAreLeftOutAndSaidToBe() {
    ReplyMarkdown.Converted converted =
        ReplyMarkdown.of(
            Reply.of(
                "Tags",
                List.of(
                    new ReplyPart.Section("*Challenge tags*"),
                    new ReplyPart.Buttons(List.of(new ReplyPart.Button("add", "Add a tag"))))),
            NAMES);

    assertThat(converted.markdown()).isEqualTo("**Challenge tags**");
    assertThat(converted.buttonsDropped()).isTrue();
  }

  @Test
  void namesSomeoneTypedStayTextAndCantMakeMarkupOrLinks() {
    String typed = "<b>Fuel</b> [poverty](https://evil.example) & more";

    String markdown = MarkupMarkdown.toMarkdown("Added *" + Markup.escape(typed) + "*.", NAMES);

    assertThat(markdown)
        .isEqualTo("Added **\\<b\\>Fuel\\</b\\> \\[poverty\\]\\(https://evil.example\\) & more**.");
  }

  @Test
  void aMentionBecomesTheMembersNameEscaped() {
    assertThat(MarkupMarkdown.toMarkdown("• <@U1> (Kindred)", NAMES))
        .isEqualTo("• Ann \\[Smith\\]\\(https://evil.example\\) \\(Kindred\\)");
  }
}
