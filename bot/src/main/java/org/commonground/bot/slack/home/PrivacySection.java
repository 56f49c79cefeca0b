package org.commonground.bot.slack.home;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.commonground.bot.core.consent.PrivacyNotice;
import org.commonground.bot.core.views.Markup;
import org.commonground.bot.slack.consent.NoticeBlocks;
import org.commonground.storage.members.Member;

/** The privacy notice in full, what the member agreed to and when, with download and delete. */
final class PrivacySection {

  private PrivacySection() {}

  static List<LayoutBlock> blocks(Member member, PrivacyNotice notice) {
    String consent =
        "You agreed to privacy notice `"
            + Markup.escape(member.consentNoticeVersion())
            + "` on "
            + member.consentedAt().atZone(ZoneOffset.UTC).format(SettingsSection.DAY)
            + (notice.version().equals(member.consentNoticeVersion())
                ? "."
                : ". It has changed since: agree to the current one at the top of this page.");
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText("Your data"))));
    blocks.addAll(NoticeBlocks.full(notice));
    blocks.add(context(List.of(markdownText(consent))));
    blocks.add(
        actions(
            List.of(
                button(
                    b -> b.actionId(HomeView.DOWNLOAD_ACTION).text(plainText("Download my data"))),
                button(
                    b ->
                        b.actionId(HomeView.DELETE_ACTION)
                            .style("danger")
                            .text(plainText("Delete my profile"))))));
    return blocks;
  }
}
