package org.commonground.bot.core.tags;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.commonground.bot.core.curation.CommandException;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagCatalogue;
import org.commonground.storage.tags.TagSuggestion;
import org.commonground.storage.tags.TagSuggestions;

/**
 * Members' tag suggestions (stored with the profile they come with): asks the admins to approve,
 * merge or reject each, and once one admin decides, tells the member and updates that admin's
 * message. Platform calls run in the background, after the acknowledgement.
 */
public final class SuggestionService {

  private final TagSuggestions suggestions;
  private final TagCatalogue catalogue;
  private final SuggestionMessages messages;
  private final Supplier<Set<String>> adminIds;
  private final Executor background;

  /**
   * @param adminIds who is DMed, asked at each suggestion: the users in {@code ADMIN_USER_IDS} and
   *     those added in the console. Workspace owners and admins are admins too, but Slack offers no
   *     cheap way to list them (only paging through every user with {@code users.list}), so they
   *     see pending suggestions in App Home instead.
   */
  public SuggestionService(
      TagSuggestions suggestions,
      TagCatalogue catalogue,
      SuggestionMessages messages,
      Supplier<Set<String>> adminIds,
      Executor background) {
    this.suggestions = suggestions;
    this.catalogue = catalogue;
    this.messages = messages;
    this.adminIds = adminIds;
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

  public Optional<TagSuggestion> find(long id) {
    return suggestions.find(id);
  }

  public String approve(String actor, long id, String name, String theme, String description) {
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
  public void mergeInto(String actor, long id, int tagId) {
    if (catalogue.findById(tagId).filter(Tag::isActive).isPresent()) {
      decided(actor, id, suggestions.mergeInto(actor, id, tagId));
    }
  }

  public void reject(String actor, long id) {
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
          messages.decided(actor, now, tag);
        });
  }

  private void tellAdmins(TagSuggestion suggestion) {
    List<Tag> active = catalogue.active();
    for (String admin : adminIds.get()) {
      messages.ask(admin, suggestion, active);
    }
  }

  private void tellSuggester(TagSuggestions.Decision decision) {
    messages.tellSuggester(decision.suggestion().suggestedBy(), SuggestionOutcome.text(decision));
  }
}
