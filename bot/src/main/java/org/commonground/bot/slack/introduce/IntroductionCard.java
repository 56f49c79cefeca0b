package org.commonground.bot.slack.introduce;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import org.commonground.bot.core.views.Markup;
import org.commonground.storage.members.Member;
import org.commonground.storage.members.Profile;
import org.commonground.storage.tags.Tag;

/** The card posted in the introductions channel when a member joins and agrees to it. */
final class IntroductionCard {

  private IntroductionCard() {}

  static String fallbackText(Profile profile) {
    return "Please welcome "
        + Markup.mention(profile.userId())
        + " from "
        + Markup.escape(profile.organisation().name());
  }

  static List<LayoutBlock> blocks(Profile profile) {
    Member member = profile.member();
    List<LayoutBlock> blocks = new ArrayList<>();
    String headline =
        ":wave: Please welcome "
            + Markup.mention(member.userId())
            + ", "
            + Markup.escape(member.role())
            + " at *"
            + Markup.escape(profile.organisation().name())
            + "* ("
            + Markup.escape(member.place())
            + ").";
    blocks.add(section(s -> s.text(markdownText(headline))));
    List<String> challenges =
        profile.challenges().stream().map(Tag::name).map(Markup::escape).toList();
    blocks.add(section(s -> s.text(markdownText("*Working on:* " + Markup.inWords(challenges)))));
    if (member.workingOn() != null) {
      String quote = "> " + Markup.escape(member.workingOn()).replace("\n", "\n> ");
      blocks.add(
          section(s -> s.text(markdownText(Markup.truncateMarkup(quote, Markup.PARAGRAPH_LIMIT)))));
    }
    blocks.add(
        context(List.of(markdownText("Say hello in the thread, or run `/introduce` to join in."))));
    return blocks;
  }
}
