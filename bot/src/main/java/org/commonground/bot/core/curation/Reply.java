package org.commonground.bot.core.curation;

import java.util.List;

/**
 * What an admin command answers, privately: text in the app's markup, and parts when there is more
 * to show (then the text is what a notification shows).
 *
 * @param parts empty for an answer that is only its text
 */
public record Reply(String text, List<ReplyPart> parts) {

  public Reply {
    parts = List.copyOf(parts);
  }

  public static Reply text(String text) {
    return new Reply(text, List.of());
  }

  public static Reply of(String fallback, List<ReplyPart> parts) {
    return new Reply(fallback, parts);
  }
}
