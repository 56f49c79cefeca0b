package org.commonground.bot.core.curation;

import java.util.List;

/**
 * One part of a longer answer to an admin, in the order it is read. Text parts are in the app's
 * markup (see {@code views/Markup}); each platform draws the parts its own way: Slack as blocks,
 * Teams as paragraphs of Markdown.
 */
public sealed interface ReplyPart {

  /** A heading: plain text. */
  record Heading(String text) implements ReplyPart {}

  /** A paragraph. */
  record Section(String markup) implements ReplyPart {}

  /** A small note under what it is about. */
  record Note(String markup) implements ReplyPart {}

  /** Buttons that open the admin forms, where the platform has them. */
  record Buttons(List<Button> buttons) implements ReplyPart {
    public Buttons {
      buttons = List.copyOf(buttons);
    }
  }

  /**
   * @param action the id the platform's handler for it is registered under
   */
  record Button(String action, String label) {}
}
