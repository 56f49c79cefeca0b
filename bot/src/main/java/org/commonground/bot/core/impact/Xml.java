package org.commonground.bot.core.impact;

/**
 * Text made safe to put in an SVG document, as content or as an attribute value. Names are people's
 * own text: {@code <}, {@code &} and quotes are escaped, and characters XML can't hold at all
 * (controls, half an emoji) are dropped, since even escaped they make the document unreadable.
 */
final class Xml {

  private Xml() {}

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                  if (allowed(c)) {
                    escaped.appendCodePoint(c);
                  }
                }
              }
            });
    return escaped.toString();
  }

  /** XML 1.0's Char production. */
  private static boolean allowed(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
