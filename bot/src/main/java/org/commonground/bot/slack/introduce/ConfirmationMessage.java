package org.commonground.bot.slack.introduce;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import org.commonground.bot.core.introduce.ConfirmationWords;
import org.commonground.bot.core.introduce.PeopleLikeYou;
import org.commonground.bot.core.views.Markup;
import org.commonground.storage.tags.Tag;

/** The DM a member gets after saving their profile. */
public final class ConfirmationMessage {

  private ConfirmationMessage() {}

  static List<LayoutBlock> blocks(boolean firstIntroduction, List<PeopleLikeYou.Match> matches) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(s -> s.text(markdownText(ConfirmationWords.opening(firstIntroduction)))));
    if (matches.isEmpty()) {
      blocks.add(
          section(
              s ->
                  s.text(
                      markdownText(
                          "Nobody from another organisation shares your challenges yet. As the"
                              + " network grows, the weekly round will find them for you."))));
    } else {
      blocks.add(
          section(
              s ->
                  s.text(
                      markdownText(
                          "People from other organisations already working on the same"
                              + " challenges:"))));
      matches.forEach(match -> blocks.add(section(s -> s.text(markdownText(line(match))))));
    }
    blocks.add(
        context(
            List.of(
                markdownText(
                    "Run `/introduce` any time to edit your profile, or `/introduce help` to"
                        + " learn more."))));
    return blocks;
  }

  private static String line(PeopleLikeYou.Match match) {
    var member = match.profile().member();
    String who =
        Markup.mention(member.userId())
            + " · "
            + Markup.escape(member.role())
            + ", "
            + Markup.escape(match.profile().organisation().name());
    List<String> shared =
        match.sharedChallenges().stream().map(Tag::name).map(Markup::escape).toList();
    String text = who + "\nYou both work on " + Markup.inWords(shared) + ".";
    return Markup.truncateMarkup(text, Markup.PARAGRAPH_LIMIT);
  }
}
