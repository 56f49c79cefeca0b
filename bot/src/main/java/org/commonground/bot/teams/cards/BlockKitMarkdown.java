package org.commonground.bot.teams.cards;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Blocks the app built for Slack as Teams Markdown, for answers that exist only as Slack views:
 * each block's text a paragraph, a divider the blank line between them. Buttons can't come along
 * (they open Slack's forms), so the result says whether any were left out.
 */
public final class BlockKitMarkdown {

  /**
   * @param buttonsDropped whether the blocks had buttons, which the Markdown leaves out
   */
  public record Converted(String markdown, boolean buttonsDropped) {}

  private BlockKitMarkdown() {}

  /**
   * @param names the name to show for a mentioned user id
   */
  public static Converted of(List<LayoutBlock> blocks, Function<String, String> names) {
    List<String> paragraphs = new ArrayList<>();
    boolean buttonsDropped = false;
    for (LayoutBlock block : blocks) {
      if (block instanceof SectionBlock section) {
        paragraphs.add(section(section, names));
        buttonsDropped |= section.getAccessory() instanceof ButtonElement;
      } else if (block instanceof ContextBlock context) {
        paragraphs.add(context(context, names));
      } else if (block instanceof HeaderBlock header) {
        paragraphs.add("**" + text(header.getText(), names) + "**");
      } else if (block instanceof ActionsBlock actions) {
        buttonsDropped |= !actions.getElements().isEmpty();
      }
      // A divider, an image or an input adds nothing: paragraphs are already apart.
    }
    paragraphs.removeIf(String::isBlank);
    return new Converted(String.join("\n\n", paragraphs), buttonsDropped);
  }

  private static String section(SectionBlock section, Function<String, String> names) {
    List<String> lines = new ArrayList<>();
    if (section.getText() != null) {
      lines.add(text(section.getText(), names));
    }
    if (section.getFields() != null) {
      section.getFields().forEach(field -> lines.add(text(field, names)));
    }
    return String.join("\n", lines);
  }

  private static String context(ContextBlock context, Function<String, String> names) {
    return String.join(
        " ",
        context.getElements().stream()
            .map(element -> element instanceof TextObject text ? text(text, names) : null)
            .filter(Objects::nonNull)
            .toList());
  }

  private static String text(TextObject text, Function<String, String> names) {
    if (text instanceof MarkdownTextObject markdown) {
      return SlackMrkdwn.toMarkdown(markdown.getText(), names);
    }
    return text instanceof PlainTextObject plain ? CardMarkdown.escape(plain.getText()) : "";
  }
}
