package org.commonground.bot.introduce;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import org.commonground.bot.views.SlackText;
import org.commonground.storage.members.Profile;
import org.commonground.storage.tags.Tag;

/** The first message in the group DM a member opened to introduce two others. */
final class WarmIntroMessage {

  /** How much of the caller's note is shown: enough for a reason, short enough to read. */
  static final int NOTE_LIMIT = 1000;

  /** Who introduces whom, what the two share, and why the caller thinks they should meet. */
  record Content(String callerId, Profile a, Profile b, List<String> shared, String note) {}

  private WarmIntroMessage() {}

  static String fallbackText(Content c) {
    return SlackText.mention(c.callerId())
        + " would like to introduce "
        + SlackText.mention(c.a().slackUserId())
        + " and "
        + SlackText.mention(c.b().slackUserId());
  }

  static List<LayoutBlock> blocks(Content c) {
    List<LayoutBlock> blocks = new ArrayList<>();
    String opening =
        ":handshake: "
            + SlackText.mention(c.callerId())
            + " thinks "
            + SlackText.mention(c.a().slackUserId())
            + " and "
            + SlackText.mention(c.b().slackUserId())
            + " should meet.";
    blocks.add(section(s -> s.text(markdownText(opening))));
    if (!c.note().isBlank()) {
      String note = SlackText.escape(SlackText.truncate(c.note(), NOTE_LIMIT));
      String quote =
          SlackText.truncateMarkdown(
              "> " + note.replace("\n", "\n> "), SlackText.SECTION_TEXT_LIMIT);
      blocks.add(section(s -> s.text(markdownText(quote))));
    }
    blocks.add(section(s -> s.text(markdownText(profile(c.a())))));
    blocks.add(section(s -> s.text(markdownText(profile(c.b())))));
    if (!c.shared().isEmpty()) {
      String shared = "You both work on " + bold(c.shared()) + ".";
      blocks.add(
          section(
              s ->
                  s.text(
                      markdownText(
                          SlackText.truncateMarkdown(shared, SlackText.SECTION_TEXT_LIMIT)))));
    }
    blocks.add(
        context(
            List.of(markdownText("Say hello here: the three of you are in this conversation."))));
    return blocks;
  }

  private static String profile(Profile p) {
    String text =
        SlackText.mention(p.slackUserId())
            + " · "
            + SlackText.escape(p.member().role())
            + ", *"
            + SlackText.escape(p.organisation().name())
            + "* · "
            + SlackText.escape(p.member().place());
    if (!p.challenges().isEmpty()) {
      text += "\nWorks on " + bold(p.challenges().stream().map(Tag::name).toList()) + ".";
    }
    return SlackText.truncateMarkdown(text, SlackText.SECTION_TEXT_LIMIT);
  }

  private static String bold(List<String> names) {
    return SlackText.inWords(names.stream().map(n -> "*" + SlackText.escape(n) + "*").toList());
  }
}
