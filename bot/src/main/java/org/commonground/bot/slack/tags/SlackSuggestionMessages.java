package org.commonground.bot.slack.tags;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonground.bot.core.curation.NearMiss;
import org.commonground.bot.core.notices.OffSlackNotices;
import org.commonground.bot.core.tags.SuggestionMessages;
import org.commonground.bot.slack.OwnMessages;
import org.commonground.bot.slack.Poster;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagSuggestion;

/**
 * Suggestions as Slack DMs to admins with Approve, Merge into… and Reject, updated in place once
 * decided, and as cards in App Home's admin section; a suggester on another platform is told there.
 */
public final class SlackSuggestionMessages implements SuggestionMessages {

  /** What an admin's DM about a suggestion is remembered as, with the suggestion's id. */
  static final String MESSAGE_KIND = "tag_suggestion";

  private final Poster poster;
  private final OwnMessages dms;
  private final OffSlackNotices offSlack;

  public SlackSuggestionMessages(Poster poster, OwnMessages dms, OffSlackNotices offSlack) {
    this.poster = poster;
    this.dms = dms;
    this.offSlack = offSlack;
  }

  @Override
  public void ask(String adminId, TagSuggestion suggestion, List<Tag> active) {
    dms.send(
        MESSAGE_KIND,
        suggestion.id(),
        adminId,
        SuggestionDm.text(suggestion),
        card(suggestion, active));
  }

  @Override
  public void decided(String adminId, TagSuggestion now, Optional<Tag> tag) {
    dms.updateOwn(
        MESSAGE_KIND, now.id(), adminId, SuggestionDm.text(now), SuggestionDm.decided(now, tag));
  }

  @Override
  public void tellSuggester(String userId, String text) {
    if (!offSlack.told(userId, text)) {
      poster.post(userId, text, null);
    }
  }

  /**
   * Cards with Approve, Merge into… and Reject for the oldest pending suggestions, for the admin
   * section of App Home; each card is a few blocks, so only a handful are shown.
   */
  public static List<LayoutBlock> pendingCards(
      List<TagSuggestion> pending, List<Tag> active, int limit) {
    List<LayoutBlock> cards = new ArrayList<>();
    pending.stream().limit(limit).forEach(s -> cards.addAll(card(s, active)));
    return cards;
  }

  private static List<LayoutBlock> card(TagSuggestion suggestion, List<Tag> active) {
    List<String> similar =
        NearMiss.closest(suggestion.name(), active.stream().map(Tag::name).toList());
    return SuggestionDm.blocks(suggestion, active, similar);
  }
}
