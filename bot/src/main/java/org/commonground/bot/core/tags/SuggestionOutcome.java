package org.commonground.bot.core.tags;

import org.commonground.bot.core.views.Markup;
import org.commonground.storage.tags.TagSuggestions;

/** What the member who suggested a tag is told once an admin has decided. */
final class SuggestionOutcome {

  private SuggestionOutcome() {}

  static String text(TagSuggestions.Decision decision) {
    String suggested = "*" + Markup.escape(decision.suggestion().name()) + "*";
    String tag = decision.tag().map(TagCuration::bold).orElse("");
    String onProfile =
        decision.onProfile()
            ? " It's on your profile now."
            : " Your profile already has the most challenges it can hold; swap one for it with"
                + " `/introduce`.";
    return switch (decision.suggestion().status()) {
      case APPROVED ->
          ":tada: Thanks! " + tag + " is now a challenge tag, as you suggested." + onProfile;
      case MERGED ->
          ":wave: Thanks for suggesting "
              + suggested
              + ". The network already has "
              + tag
              + ", which covers it."
              + onProfile;
      case REJECTED, PENDING ->
          ":wave: Thanks for suggesting "
              + suggested
              + ". The network's admins decided not to add it for now. Pick the closest challenges"
              + " with `/introduce`, and tell us what you're working on in your own words there.";
    };
  }
}
