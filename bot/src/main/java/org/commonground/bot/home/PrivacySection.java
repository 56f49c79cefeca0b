package org.commonground.bot.home;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import java.time.ZoneOffset;
import java.util.List;
import org.commonground.bot.introduce.PrivacyNotice;
import org.commonground.bot.views.SlackText;
import org.commonground.storage.members.Member;

/** What is stored about the member and who sees it, with download and delete. */
final class PrivacySection {

  private PrivacySection() {}

  static List<LayoutBlock> blocks(Member member) {
    String consent =
        "You agreed to privacy notice *"
            + SlackText.escape(member.consentNoticeVersion())
            + "* on "
            + member.consentedAt().atZone(ZoneOffset.UTC).format(SettingsSection.DAY)
            + (PrivacyNotice.VERSION.equals(member.consentNoticeVersion())
                ? "."
                : ". The notice has changed since: the next time you edit your profile you'll"
                    + " see the current one.");
    return List.of(
        header(h -> h.text(plainText("Your data"))),
        section(
            s ->
                s.text(
                    markdownText(
                        "*What we store:* your organisation, sector, role, place, challenges,"
                            + " what you can offer and are looking for, what you're working on,"
                            + " your settings, and when you agreed to our privacy notice.\n"
                            + "*Who sees it:* "
                            + PrivacyNotice.WHO_SEES_IT))),
        context(List.of(markdownText(consent))),
        actions(
            List.of(
                button(
                    b -> b.actionId(HomeView.DOWNLOAD_ACTION).text(plainText("Download my data"))),
                button(
                    b ->
                        b.actionId(HomeView.DELETE_ACTION)
                            .style("danger")
                            .text(plainText("Delete my profile"))))));
  }
}
