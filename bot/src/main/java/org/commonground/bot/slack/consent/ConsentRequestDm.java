package org.commonground.bot.slack.consent;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonground.bot.core.consent.PrivacyNotice;

/** The DM asking a member to agree to a new privacy notice, and the same once they have. */
public final class ConsentRequestDm {

  public static final String TEXT = "Please agree to Common Ground's updated privacy notice";

  /** Why a member who has not agreed yet gets no introductions, said in the DM and App Home. */
  public static final String ON_HOLD =
      ":memo: *We've updated our privacy notice.* Until you agree to it you're left out of the"
          + " weekly introductions, and nobody is matched with you.";

  /**
   * The request for a member off Slack, where there is no button to agree with: the profile form
   * there asks them to agree to the current notice, shows it, and records their agreement.
   */
  public static final String OFF_SLACK =
      ON_HOLD + " To read it and agree, send *introduce* and save your profile.";

  private static final String BUTTONS_BLOCK = "privacy_notice_request";
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private ConsentRequestDm() {}

  static List<LayoutBlock> blocks(PrivacyNotice notice) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(s -> s.text(markdownText(ON_HOLD + " Here is what it says:"))));
    blocks.addAll(NoticeBlocks.fullToAgree(notice, BUTTONS_BLOCK));
    return blocks;
  }

  /** What the request turns into once the member agreed, wherever they clicked. */
  static List<LayoutBlock> agreed(PrivacyNotice notice, Instant at, ZoneId zone) {
    return List.of(
        section(s -> s.text(markdownText(thanks(notice, at, zone)))),
        context(
            List.of(
                markdownText(
                    "Read it again any time with `/introduce help` or in the app's *Home* tab."))));
  }

  /** One line saying the member agreed and is back in, for App Home too. */
  static String thanks(PrivacyNotice notice, Instant at, ZoneId zone) {
    return ":white_check_mark: *Thank you.* You agreed to privacy notice `"
        + notice.version()
        + "` on "
        + at.atZone(zone).format(DAY)
        + ": you're back in the weekly introductions.";
  }
}
