package org.commonground.bot.slack.introduce;

import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import org.commonground.bot.core.consent.PrivacyNotice;
import org.commonground.bot.core.introduce.HelpWords;
import org.commonground.bot.core.views.Markup;
import org.commonground.bot.slack.consent.NoticeBlocks;

/** What {@code /introduce help} says: the app in a few lines, then the privacy notice in full. */
public final class HelpMessage {

  private HelpMessage() {}

  static List<LayoutBlock> blocks(String notUnderstood, PrivacyNotice notice) {
    List<LayoutBlock> blocks = new ArrayList<>();
    if (!notUnderstood.isEmpty()) {
      String shown = Markup.escape(Markup.truncate(notUnderstood, 200));
      blocks.add(
          section(
              s ->
                  s.text(
                      markdownText("I didn't understand `" + shown + "`. Here's what I can do:"))));
    }
    blocks.add(section(s -> s.text(markdownText(HelpWords.ABOUT))));
    blocks.add(
        section(
            s ->
                s.text(
                    markdownText(
                        "• `/introduce` – create or edit your profile: your organisation, role,"
                            + " place and the challenges you work on\n"
                            + "• Every week you get one DM with your matches and why you were"
                            + " matched; say *Intro me* or *Not for me*\n"
                            + "• `/introduce @alice @bob why` – suggest two members meet: each"
                            + " is asked privately, and only if both say yes do the three of you"
                            + " get a group DM\n"
                            + "• `/introduce export` – get a file of everything held about you\n"
                            + "• `/introduce delete` – delete your profile\n"
                            + "• `/introduce help` – this message\n"
                            + "Open the app's *Home* tab to change your settings or pause."))));
    blocks.add(header(h -> h.text(plainText("Privacy notice"))));
    blocks.addAll(NoticeBlocks.full(notice));
    return blocks;
  }
}
