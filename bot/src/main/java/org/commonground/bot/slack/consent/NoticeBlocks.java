package org.commonground.bot.slack.consent;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonground.bot.core.consent.PrivacyNotice;

/**
 * The privacy notice as blocks, and its buttons. The operator's full notice opens from a link
 * button rather than a link in the text: a button's URL takes 3,000 characters as they are, where a
 * link in mrkdwn would have every {@code &} of the address escaped into five.
 */
public final class NoticeBlocks {

  public static final String AGREE_ACTION = "privacy_notice_agree";
  public static final String READ_ACTION = "privacy_notice_read";

  private NoticeBlocks() {}

  /** The full form: its paragraphs, a link to the operator's notice, and its version. */
  public static List<LayoutBlock> full(PrivacyNotice notice) {
    return full(notice, readButton(notice).map(read -> actions(List.of(read))));
  }

  /** The full form asking for agreement: <b>I agree</b> sits beside the link to the notice. */
  public static List<LayoutBlock> fullToAgree(PrivacyNotice notice, String blockId) {
    return full(notice, Optional.of(agreeButtons(notice, blockId)));
  }

  private static List<LayoutBlock> full(PrivacyNotice notice, Optional<LayoutBlock> buttons) {
    List<LayoutBlock> blocks = new ArrayList<>();
    notice.paragraphs().forEach(p -> blocks.add(section(s -> s.text(markdownText(p)))));
    buttons.ifPresent(blocks::add);
    blocks.add(version(notice));
    return blocks;
  }

  /** The short form, for the profile form and App Home's prompt. */
  public static LayoutBlock shortForm(PrivacyNotice notice) {
    return context(List.of(markdownText(notice.shortText())));
  }

  private static LayoutBlock version(PrivacyNotice notice) {
    return context(List.of(markdownText("Privacy notice version `" + notice.version() + "`")));
  }

  /** <b>I agree</b>, carrying the version agreed to, and the link to the full notice if any. */
  public static LayoutBlock agreeButtons(PrivacyNotice notice, String blockId) {
    List<BlockElement> buttons = new ArrayList<>();
    buttons.add(
        button(
            b ->
                b.actionId(AGREE_ACTION)
                    .style("primary")
                    .value(notice.version())
                    .text(plainText("I agree"))));
    readButton(notice).ifPresent(buttons::add);
    return actions(a -> a.blockId(blockId).elements(buttons));
  }

  /** A button opening the operator's full notice in the browser. */
  public static Optional<BlockElement> readButton(PrivacyNotice notice) {
    return notice
        .fullNoticeUrl()
        .map(
            url ->
                button(
                    b -> b.actionId(READ_ACTION).url(url).text(plainText("Full privacy notice"))));
  }
}
