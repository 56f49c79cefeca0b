package org.commonground.bot.slack.introduce;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import org.commonground.bot.core.digest.ConversationStarter;
import org.commonground.bot.core.introduce.WarmIntroMeeting;
import org.commonground.bot.core.introduce.WarmIntroWords;
import org.commonground.bot.core.views.Markup;
import org.commonground.storage.members.Profile;
import org.commonground.storage.tags.Tag;

/** The first message in the group DM of a warm introduction both people said yes to. */
public final class WarmIntroGroupDm {

  private WarmIntroGroupDm() {}

  static String fallbackText(WarmIntroMeeting c) {
    return "You both said yes: meet "
        + Markup.mention(c.first().userId())
        + " and "
        + Markup.mention(c.second().userId());
  }

  static List<LayoutBlock> blocks(WarmIntroMeeting c) {
    List<LayoutBlock> blocks = new ArrayList<>();
    String suggestion =
        c.suggesterId() == null
            ? "this suggestion"
            : Markup.mention(c.suggesterId()) + "'s suggestion";
    String opening =
        ":wave: "
            + Markup.mention(c.first().userId())
            + ", meet "
            + Markup.mention(c.second().userId())
            + "! You both said yes to "
            + suggestion
            + " that you should meet.";
    blocks.add(section(s -> s.text(markdownText(opening))));
    if (c.note() != null && !c.note().isBlank()) {
      blocks.add(section(s -> s.text(markdownText(quote(c.note())))));
    }
    blocks.add(section(s -> s.text(markdownText(profile(c.first())))));
    blocks.add(section(s -> s.text(markdownText(profile(c.second())))));
    if (!c.shared().isEmpty()) {
      String shared = "You both work on " + bold(c.shared()) + ".";
      blocks.add(section(s -> s.text(markdownText(fit(shared)))));
    }
    String invitation = ConversationStarter.invitation(c.first(), c.shared());
    blocks.add(section(s -> s.text(markdownText(fit(invitation)))));
    String who = c.suggesterId() == null ? "two" : "three";
    blocks.add(
        context(List.of(markdownText("Say hello here: the " + who + " of you are in this chat."))));
    return blocks;
  }

  /** The suggester's note as a quote, escaped and shortened to fit a section. */
  static String quote(String note) {
    String escaped = Markup.escape(Markup.truncate(note, WarmIntroWords.NOTE_LIMIT));
    return fit("> " + escaped.replace("\n", "\n> "));
  }

  private static String profile(Profile p) {
    String text =
        Markup.mention(p.userId())
            + " · "
            + Markup.escape(p.member().role())
            + ", *"
            + Markup.escape(p.organisation().name())
            + "* · "
            + Markup.escape(p.member().place());
    if (!p.challenges().isEmpty()) {
      text += "\nWorks on " + bold(p.challenges().stream().map(Tag::name).toList()) + ".";
    }
    return fit(text);
  }

  private static String fit(String mrkdwn) {
    return Markup.truncateMarkup(mrkdwn, Markup.PARAGRAPH_LIMIT);
  }

  private static String bold(List<String> names) {
    return Markup.inWords(names.stream().map(n -> "*" + Markup.escape(n) + "*").toList());
  }
}
