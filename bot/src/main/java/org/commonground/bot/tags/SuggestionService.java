package org.commonground.bot.tags;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import org.commonground.bot.curation.CommandException;
import org.commonground.bot.curation.NearMiss;
import org.commonground.bot.notices.OffSlackNotices;
import org.commonground.bot.slack.OwnMessages;
import org.commonground.bot.slack.Poster;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagCatalogue;
import org.commonground.storage.tags.TagSuggestion;
import org.commonground.storage.tags.TagSuggestions;

/**
 * Members' tag suggestions (stored with the profile they come with): DMs the admins with Approve,
 * Merge into… and Reject, and once one admin decides, tells the member and updates that admin's DM.
 * Slack calls run in the background, after the acknowledgement.
 */
public final class SuggestionService {

  /** What an admin's DM about a suggestion is remembered as, with the suggestion's id. */
  static final String MESSAGE_KIND = "tag_suggestion";

  private final TagSuggestions suggestions;
  private final TagCatalogue catalogue;
  private final Poster poster;
  private final OwnMessages dms;
  private final OffSlackNotices offSlack;
  private final Set<String> adminIds;
  private final Executor background;

  /**
   * @param adminIds who is DMed: the users in {@code ADMIN_USER_IDS}. Workspace owners and admins
   *     are admins too, but Slack offers no cheap way to list them (only paging through every user
   *     with {@code users.list}), so they see pending suggestions in App Home instead.
   */
  public SuggestionService(
      TagSuggestions suggestions,
      TagCatalogue catalogue,
      Poster poster,
      OwnMessages dms,
      OffSlackNotices offSlack,
      Set<String> adminIds,
      Executor background) {
    this.suggestions = suggestions;
    this.catalogue = catalogue;
    this.poster = poster;
    this.dms = dms;
    this.offSlack = offSlack;
    this.adminIds = Set.copyOf(adminIds);
    this.background = background;
  }

  /**
   * DMs the admins about a suggestion just stored (with the profile it came with), after the
   * acknowledgement.
   */
  public void tellAdminsLater(TagSuggestion suggestion) {
    background.execute(() -> tellAdmins(suggestion));
  }

  /** Suggestions waiting for an admin, oldest first, for the admin section of App Home. */
  public List<TagSuggestion> pending() {
    return suggestions.pending();
  }

  Optional<TagSuggestion> find(long id) {
    return suggestions.find(id);
  }

  String approve(String actor, long id, String name, String theme, String description) {
    Optional<TagSuggestions.Decision> decision =
        TagCuration.unlessTaken(
            name, () -> suggestions.approve(actor, id, name, theme, description));
    decided(actor, id, decision);
    return decision
        .map(
            d ->
                ":white_check_mark: Added "
                    + TagCuration.bold(d.tag().orElseThrow())
                    + ". The member has been told.")
        .orElseThrow(
            () -> new CommandException("Another admin has already decided on this suggestion."));
  }

  /** Answers with an active tag; a tag that is gone or retired meanwhile changes nothing. */
  void mergeInto(String actor, long id, int tagId) {
    if (catalogue.findById(tagId).filter(Tag::isActive).isPresent()) {
      decided(actor, id, suggestions.mergeInto(actor, id, tagId));
    }
  }

  void reject(String actor, long id) {
    decided(actor, id, suggestions.reject(actor, id));
  }

  /**
   * Tells the member when this call decided; either way shows the deciding admin's own DM about the
   * suggestion, if they got one, as decided.
   */
  private void decided(String actor, long id, Optional<TagSuggestions.Decision> decision) {
    background.execute(
        () -> {
          decision.ifPresent(this::tellSuggester);
          TagSuggestion now = suggestions.find(id).orElseThrow();
          Optional<Tag> tag = Optional.ofNullable(now.tagId()).flatMap(catalogue::findById);
          dms.updateOwn(
              MESSAGE_KIND,
              id,
              actor,
              SuggestionMessage.text(now),
              SuggestionMessage.decided(now, tag));
        });
  }

  private void tellSuggester(TagSuggestions.Decision decision) {
    String suggester = decision.suggestion().suggestedBy();
    String text = SuggestionOutcome.text(decision);
    if (!offSlack.told(suggester, text)) {
      poster.post(suggester, text, null);
    }
  }

  /**
   * Cards with Approve, Merge into… and Reject for the oldest pending suggestions, for the admin
   * section of App Home; each card is a few blocks, so only a handful are shown.
   */
  public List<LayoutBlock> pendingCards(int limit) {
    List<Tag> active = catalogue.active();
    List<LayoutBlock> cards = new ArrayList<>();
    suggestions.pending().stream().limit(limit).forEach(s -> cards.addAll(card(s, active)));
    return cards;
  }

  private void tellAdmins(TagSuggestion suggestion) {
    List<LayoutBlock> card = card(suggestion, catalogue.active());
    for (String admin : adminIds) {
      dms.send(MESSAGE_KIND, suggestion.id(), admin, SuggestionMessage.text(suggestion), card);
    }
  }

  private static List<LayoutBlock> card(TagSuggestion suggestion, List<Tag> active) {
    List<String> similar =
        NearMiss.closest(suggestion.name(), active.stream().map(Tag::name).toList());
    return SuggestionMessage.blocks(suggestion, active, similar);
  }
}
