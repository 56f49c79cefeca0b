package org.commonground.bot.demo;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.ButtonElement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Shows a Slack message in a terminal about as a member would read it in Slack: mentions as names,
 * mrkdwn bold as bold, quotes indented, buttons in brackets.
 */
final class TerminalRenderer {

  private static final Pattern MENTION = Pattern.compile("<@([A-Z0-9]+)>");
  private static final Pattern BOLD = Pattern.compile("\\*([^*\\n]+)\\*");

  private final Map<String, String> names;
  private final boolean ansi;

  TerminalRenderer(Map<String, String> names, boolean ansi) {
    this.names = names;
    this.ansi = ansi;
  }

  String render(Iterable<LayoutBlock> blocks) {
    StringBuilder out = new StringBuilder();
    for (LayoutBlock block : blocks) {
      out.append(render(block)).append('\n');
    }
    return out.toString();
  }

  private String render(LayoutBlock block) {
    if (block instanceof HeaderBlock header) {
      return bold(header.getText().getText().toUpperCase(java.util.Locale.UK));
    }
    if (block instanceof SectionBlock section) {
      return mrkdwn(section.getText().getText());
    }
    if (block instanceof DividerBlock) {
      return "─".repeat(60);
    }
    if (block instanceof ContextBlock context) {
      return context.getElements().stream()
          .filter(TextObject.class::isInstance)
          .map(e -> mrkdwn(((TextObject) e).getText()))
          .collect(Collectors.joining(" "));
    }
    if (block instanceof ActionsBlock actions) {
      return actions.getElements().stream()
          .filter(ButtonElement.class::isInstance)
          .map(e -> "[ " + ((ButtonElement) e).getText().getText() + " ]")
          .collect(Collectors.joining("  "));
    }
    return "";
  }

  String mrkdwn(String text) {
    Matcher mention = MENTION.matcher(text);
    String named =
        mention.replaceAll(
            m -> Matcher.quoteReplacement("@" + names.getOrDefault(m.group(1), m.group(1))));
    Matcher bold = BOLD.matcher(named);
    String styled = bold.replaceAll(m -> Matcher.quoteReplacement(bold(m.group(1))));
    return styled
        .replace("\n> ", "\n   │ ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  private String bold(String text) {
    return ansi ? "\u001b[1m" + text + "\u001b[0m" : text;
  }
}
