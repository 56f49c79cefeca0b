package org.commonground.bot.slack.home;

import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import org.commonground.bot.core.consent.ConsentWords;
import org.commonground.bot.core.consent.PrivacyNotice;
import org.commonground.bot.slack.consent.NoticeBlocks;
import org.commonground.storage.members.Member;

/**
 * At the top of App Home while a member has not agreed to the current privacy notice: why they are
 * left out of the introductions, the notice in short, and <b>I agree</b>. Nothing once they have.
 */
final class ConsentPrompt {

  private static final String BUTTONS_BLOCK = "home_privacy_notice";

  private ConsentPrompt() {}

  static List<LayoutBlock> blocks(Member member, PrivacyNotice notice) {
    if (notice.version().equals(member.consentNoticeVersion())) {
      return List.of();
    }
    return List.of(
        section(
            s ->
                s.text(
                    markdownText(ConsentWords.ON_HOLD + " It's in full under *Your data* below."))),
        NoticeBlocks.shortForm(notice),
        NoticeBlocks.agreeButtons(notice, BUTTONS_BLOCK),
        divider());
  }
}
