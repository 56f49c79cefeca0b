package org.commonground.bot.teams.cards;

import com.google.gson.JsonObject;
import java.util.List;

/** A card of one line, for the short answers a command or a click gets. */
public final class NoticeCard {

  private NoticeCard() {}

  /** {@code text} shown exactly as given, whatever marks it holds. */
  public static JsonObject plain(String text) {
    return message(CardMarkdown.escape(text), text);
  }

  /**
   * One of the app's own Slack answers (never a person's text: its marks would become formatting),
   * with its emoji and bold carried across.
   */
  public static JsonObject ownWords(String mrkdwn) {
    String markdown = CardMarkdown.fromMarkup(mrkdwn);
    return message(markdown, markdown.replace("**", ""));
  }

  private static JsonObject message(String markdown, String fallback) {
    return CardMessage.of(AdaptiveCard.of(List.of(TextBlock.of(markdown).json())), fallback);
  }
}
