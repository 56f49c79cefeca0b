package org.commonground.bot.slack.consent;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import org.commonground.bot.core.consent.ConsentWords;
import org.commonground.bot.core.consent.PrivacyNotice;

/** The DM asking a member to agree to a new privacy notice, and the same once they have. */
public final class ConsentRequestDm {

  public static final String TEXT = ConsentWords.REQUEST;

  private static final String BUTTONS_BLOCK = "privacy_notice_request";

  private ConsentRequestDm() {}

  static List<LayoutBlock> blocks(PrivacyNotice notice) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(s -> s.text(markdownText(ConsentWords.ON_HOLD + " Here is what it says:"))));
    blocks.addAll(NoticeBlocks.fullToAgree(notice, BUTTONS_BLOCK));
    return blocks;
  }

  /** What the request turns into once the member agreed, wherever they clicked. */
  static List<LayoutBlock> agreed(String thanks) {
    return List.of(
        section(s -> s.text(markdownText(thanks))),
        context(
            List.of(
                markdownText(
                    "Read it again any time with `/introduce help` or in the app's *Home* tab."))));
  }
}
