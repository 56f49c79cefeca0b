package org.commonground.bot.core.impact;

import java.util.Locale;

/**
 * Writes one SVG document: an image with a title and a description that screen readers announce,
 * then shapes and text. Every text and attribute value is escaped here, so no caller can forget.
 */
final class Svg {

  private static final String FONT =
      "font-family=\"system-ui, -apple-system, 'Segoe UI', sans-serif\"";

  private final StringBuilder out = new StringBuilder(8192);

  /**
   * @param id unique on the page the chart is put in: its title and description are named by it
   */
  Svg(String id, double width, double height, String title, String description) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
        .append(number(width))
        .append(' ')
        .append(number(height))
        .append("\" width=\"")
        .append(number(width))
        .append("\" height=\"")
        .append(number(height))
        .append("\" aria-labelledby=\"")
        .append(id)
        .append("-title ")
        .append(id)
        .append("-desc\" ")
        .append(FONT)
        .append(">");
    out.append("<title id=\"").append(id).append("-title\">").append(Xml.escape(title));
    out.append("</title><desc id=\"").append(id).append("-desc\">").append(Xml.escape(description));
    out.append("</desc>");
  }

  /** A hatch pattern for cells whose number is held back: the same for every one of them. */
  Svg hatchPattern(String patternId) {
    out.append("<defs><pattern id=\"")
        .append(patternId)
        .append("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"")
        .append(
            " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>")
        .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#9e9e9e\" stroke-width=\"2\"/>")
        .append("</pattern></defs>");
    return this;
  }

  /** Opens a group whose tooltip and accessible name is {@code title}. */
  Svg group(String title) {
    out.append("<g><title>").append(Xml.escape(title)).append("</title>");
    return this;
  }

  Svg endGroup() {
    out.append("</g>");
    return this;
  }

  Svg rect(double x, double y, double width, double height, String fill, String stroke) {
    out.append("<rect x=\"")
        .append(number(x))
        .append("\" y=\"")
        .append(number(y))
        .append("\" width=\"")
        .append(number(width))
        .append("\" height=\"")
        .append(number(height))
        .append("\" fill=\"")
        .append(Xml.escape(fill))
        .append("\" stroke=\"")
        .append(Xml.escape(stroke))
        .append("\"/>");
    return this;
  }

  Svg line(double x1, double y1, double x2, double y2, String stroke, String dash) {
    out.append("<line x1=\"")
        .append(number(x1))
        .append("\" y1=\"")
        .append(number(y1))
        .append("\" x2=\"")
        .append(number(x2))
        .append("\" y2=\"")
        .append(number(y2))
        .append("\" stroke=\"")
        .append(Xml.escape(stroke))
        .append("\" stroke-width=\"2\"");
    if (!dash.isEmpty()) {
      out.append(" stroke-dasharray=\"").append(Xml.escape(dash)).append('"');
    }
    out.append("/>");
    return this;
  }

  Svg circle(double x, double y, double radius, String fill, String stroke) {
    out.append("<circle cx=\"")
        .append(number(x))
        .append("\" cy=\"")
        .append(number(y))
        .append("\" r=\"")
        .append(number(radius))
        .append("\" fill=\"")
        .append(Xml.escape(fill))
        .append("\" stroke=\"")
        .append(Xml.escape(stroke))
        .append("\" stroke-width=\"2\"/>");
    return this;
  }

  /**
   * Text at ({@code x}, {@code y}); {@code anchor} is start, middle or end, {@code rotate} degrees
   * about that point.
   */
  Svg text(double x, double y, String text, int size, String fill, String anchor, int rotate) {
    out.append("<text x=\"")
        .append(number(x))
        .append("\" y=\"")
        .append(number(y))
        .append("\" font-size=\"")
        .append(size)
        .append("\" fill=\"")
        .append(Xml.escape(fill))
        .append("\" text-anchor=\"")
        .append(Xml.escape(anchor))
        .append('"');
    if (rotate != 0) {
      out.append(" transform=\"rotate(")
          .append(rotate)
          .append(' ')
          .append(number(x))
          .append(' ')
          .append(number(y))
          .append(")\"");
    }
    out.append('>').append(Xml.escape(text)).append("</text>");
    return this;
  }

  String end() {
    return out.append("</svg>").toString();
  }

  private static String number(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }
}
