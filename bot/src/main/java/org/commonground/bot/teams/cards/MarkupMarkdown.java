package org.commonground.bot.teams.cards;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app's {@code Markup} with people's text in it (escaped as Slack's mrkdwn, which leaves
 * Markdown's marks alone) as Teams Markdown: the app's bold, italic and mentions carried across,
 * everything else escaped by {@link CardMarkdown}'s rules. Slack's {@code &lt;} becomes an escaped
 * {@code <}, so a name someone typed as markup stays text, and their brackets can't make a link.
 */
public final class MarkupMarkdown {

  private static final Pattern MARKS =
      Pattern.compile(
          "(?<![\\w*])\\*(?<bold>[^*\\n]+)\\*(?![\\w*])"
              + "|(?<![\\w_])_(?<italic>[^_\\n]+)_(?![\\w_])"
              + "|`(?<code>[^`\\n]*)`"
              + "|<@(?<user>[^>|]+)(?:\\|[^>]*)?>"
              + "|&(?<entity>lt|gt|amp);");

  private MarkupMarkdown() {}

  /**
   * A mention of any member, Teams ones too, that {@link #toMarkdown} turns into their name: for
   * the app's Slack words about people, carried across to Teams.
   */
  public static String mention(String userId) {
    return "<@" + userId + ">";
  }

  /**
   * @param names the name to show for a mentioned user id: a Slack mention means nothing in Teams
   */
  public static String toMarkdown(String mrkdwn, Function<String, String> names) {
    StringBuilder markdown = new StringBuilder();
    Matcher mark = MARKS.matcher(mrkdwn);
    int plainFrom = 0;
    while (mark.find()) {
      markdown.append(plain(mrkdwn.substring(plainFrom, mark.start())));
      markdown.append(marked(mark, names));
      plainFrom = mark.end();
    }
    return markdown.append(plain(mrkdwn.substring(plainFrom))).toString();
  }

  private static String marked(Matcher mark, Function<String, String> names) {
    if (mark.group("bold") != null) {
      return "**" + toMarkdown(mark.group("bold"), names) + "**";
    }
    if (mark.group("italic") != null) {
      return "_" + toMarkdown(mark.group("italic"), names) + "_";
    }
    if (mark.group("code") != null) {
      // Cards have no code marks, and the commands quoted read as well without them.
      return toMarkdown(mark.group("code"), names);
    }
    if (mark.group("user") != null) {
      return CardMarkdown.escape(names.apply(mark.group("user")));
    }
    return switch (mark.group("entity")) {
      case "lt" -> "\\<";
      case "gt" -> "\\>";
      default -> "&";
    };
  }

  /** Text with no marks or escapes left in it: only its emoji names change. */
  private static String plain(String text) {
    return CardMarkdown.escape(CardMarkdown.fromMarkup(text));
  }
}
