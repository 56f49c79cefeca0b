package org.commonground.bot.teams.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.commonground.bot.core.curation.Reply;
import org.commonground.bot.core.curation.ReplyPart;

/**
 * An admin's {@link Reply} as Teams Markdown: each part a paragraph. Buttons can't come along (they
 * open Slack's forms), so the result says whether any were left out.
 */
public final class ReplyMarkdown {

  /**
   * @param buttonsDropped whether the reply had buttons, which the Markdown leaves out
   */
  public record Converted(String markdown, boolean buttonsDropped) {}

  private ReplyMarkdown() {}

  /**
   * @param names the name to show for a mentioned user id
   */
  public static Converted of(Reply reply, Function<String, String> names) {
    if (reply.parts().isEmpty()) {
      return new Converted(MarkupMarkdown.toMarkdown(reply.text(), names), false);
    }
    List<String> paragraphs = new ArrayList<>();
    boolean buttonsDropped = false;
    for (ReplyPart part : reply.parts()) {
      if (part instanceof ReplyPart.Heading heading) {
        paragraphs.add("**" + CardMarkdown.escape(heading.text()) + "**");
      } else if (part instanceof ReplyPart.Section section) {
        paragraphs.add(MarkupMarkdown.toMarkdown(section.markup(), names));
      } else if (part instanceof ReplyPart.Note note) {
        paragraphs.add(MarkupMarkdown.toMarkdown(note.markup(), names));
      } else {
        buttonsDropped |= !((ReplyPart.Buttons) part).buttons().isEmpty();
      }
    }
    paragraphs.removeIf(String::isBlank);
    return new Converted(String.join("\n\n", paragraphs), buttonsDropped);
  }
}
