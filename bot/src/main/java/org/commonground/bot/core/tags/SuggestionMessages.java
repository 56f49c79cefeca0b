package org.commonground.bot.core.tags;

import java.util.List;
import java.util.Optional;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagSuggestion;

/** Where admins hear of members' tag suggestions, and members of what was decided. */
public interface SuggestionMessages {

  /** Asks one admin to decide, with buttons where the platform has them. */
  void ask(String adminId, TagSuggestion suggestion, List<Tag> active);

  /** Shows the deciding admin's own message about the suggestion as decided, if they got one. */
  void decided(String adminId, TagSuggestion now, Optional<Tag> tag);

  /** Tells the member who suggested it what was decided, in the app's markup. */
  void tellSuggester(String userId, String text);
}
