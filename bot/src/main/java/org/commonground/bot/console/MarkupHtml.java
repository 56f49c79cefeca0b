package org.commonground.bot.console;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thymeleaf.util.StringUtils;

/**
 * The app's {@code Markup} (Slack's mrkdwn, people's text in it already escaped) as HTML for the
 * console: bold, italic and code carried across, a mention shown as the id it names, emoji names
 * dropped, and everything else escaped as HTML, so nothing anyone typed becomes markup.
 */
public final class MarkupHtml {

  private static final Pattern MARKS =
      Pattern.compile(
          "(?<![\\w*])\\*(?<bold>[^*\\n]+)\\*(?![\\w*])"
              + "|(?<![\\w_])_(?<italic>[^_\\n]+)_(?![\\w_])"
              + "|`(?<code>[^`\\n]*)`"
              + "|<@(?<user>[^>|]+)(?:\\|[^>]*)?>"
              + "|:(?<emoji>[a-z0-9_+-]+):"
              + "|&(?<entity>lt|gt|amp);");

  private MarkupHtml() {}

  public static String of(String markup) {
    StringBuilder html = new StringBuilder();
    Matcher mark = MARKS.matcher(markup);
    int plainFrom = 0;
    while (mark.find()) {
      html.append(escaped(markup.substring(plainFrom, mark.start())));
      html.append(marked(mark));
      plainFrom = mark.end();
    }
    return html.append(escaped(markup.substring(plainFrom))).toString().strip();
  }

  private static String marked(Matcher mark) {
    if (mark.group("bold") != null) {
      return "<strong>" + of(mark.group("bold")) + "</strong>";
    }
    if (mark.group("italic") != null) {
      return "<em>" + of(mark.group("italic")) + "</em>";
    }
    if (mark.group("code") != null) {
      return "<code>" + of(mark.group("code")) + "</code>";
    }
    if (mark.group("user") != null) {
      return "<code>" + escaped(mark.group("user")) + "</code>";
    }
    if (mark.group("emoji") != null) {
      return "";
    }
    return switch (mark.group("entity")) {
      case "lt" -> "&lt;";
      case "gt" -> "&gt;";
      default -> "&amp;";
    };
  }

  private static String escaped(String text) {
    return StringUtils.escapeXml(text).replace("\n", "<br>");
  }
}
