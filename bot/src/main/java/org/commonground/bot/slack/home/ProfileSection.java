package org.commonground.bot.slack.home;

import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import org.commonground.bot.core.views.Markup;
import org.commonground.storage.members.Member;
import org.commonground.storage.members.Profile;
import org.commonground.storage.tags.Tag;

/** A member's profile as others see it, with an Edit button. */
final class ProfileSection {

  private ProfileSection() {}

  static List<LayoutBlock> blocks(Profile profile) {
    Member member = profile.member();
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText("Your profile"))));
    String who =
        "*"
            + Markup.escape(member.role())
            + "* at *"
            + Markup.escape(profile.organisation().name())
            + "* ("
            + member.sector().label()
            + "), "
            + Markup.escape(member.place());
    blocks.add(
        section(
            s ->
                s.text(markdownText(who))
                    .accessory(
                        button(
                            b ->
                                b.actionId(HomeView.EDIT_PROFILE_ACTION)
                                    .text(plainText("Edit"))))));
    blocks.add(section(s -> s.text(markdownText(tags(profile)))));
    if (member.workingOn() != null) {
      String quote =
          "*Working on right now*\n> " + Markup.escape(member.workingOn()).replace("\n", "\n> ");
      blocks.add(
          section(s -> s.text(markdownText(Markup.truncateMarkup(quote, Markup.PARAGRAPH_LIMIT)))));
    }
    return blocks;
  }

  private static String tags(Profile profile) {
    String text =
        "*Challenges:* "
            + names(profile.challenges())
            + "\n*Can offer help with:* "
            + names(profile.offers())
            + "\n*Looking for help with:* "
            + names(profile.asks());
    return Markup.truncateMarkup(text, Markup.PARAGRAPH_LIMIT);
  }

  private static String names(List<Tag> tags) {
    if (tags.isEmpty()) {
      return "_none yet_";
    }
    return Markup.inWords(tags.stream().map(Tag::name).map(Markup::escape).toList());
  }
}
