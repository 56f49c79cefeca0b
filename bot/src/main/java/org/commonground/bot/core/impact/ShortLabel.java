package org.commonground.bot.core.impact;

/**
 * A name cut to fit beside a chart: organisation names run to 120 characters, and a chart shows at
 * most {@code limit} of them, the full name going in the label's tooltip.
 */
final class ShortLabel {

  private ShortLabel() {}

  /** {@code name}, or its first characters and "…" when it has more than {@code limit}. */
  static String of(String name, int limit) {
    String stripped = name.strip();
    if (stripped.codePointCount(0, stripped.length()) <= limit) {
      return stripped;
    }
    // Counted in code points, so an emoji is never cut in half.
    int end = stripped.offsetByCodePoints(0, limit - 1);
    return stripped.substring(0, end).stripTrailing() + "…";
  }
}
