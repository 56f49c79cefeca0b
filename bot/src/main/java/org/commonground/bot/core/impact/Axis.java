package org.commonground.bot.core.impact;

/**
 * A chart's vertical scale from 0 to a round number at or above the largest number shown, with five
 * labelled gridlines.
 */
record Axis(int max) {

  private static final int STEPS = 5;

  /** A scale for numbers up to {@code largest}: 10 when nothing is shown. */
  static Axis over(int largest) {
    int step = 1;
    while (step * STEPS < largest) {
      step = nextRoundStep(step);
    }
    return new Axis(Math.max(step * STEPS, 10));
  }

  /** 1, 2, 5, 10, 20, 50…: steps a reader adds up in their head. */
  private static int nextRoundStep(int step) {
    String digits = Integer.toString(step);
    return digits.charAt(0) == '2' ? step / 2 * 5 : step * 2;
  }

  double y(double value, double top, double bottom) {
    return bottom - (bottom - top) * value / max;
  }

  /** Gridlines and their labels, each followed by {@code unit} ("%" or nothing). */
  void draw(Svg svg, double left, double right, double top, double bottom, String unit) {
    for (int i = 0; i <= STEPS; i++) {
      int value = max / STEPS * i;
      double y = y(value, top, bottom);
      svg.line(left, y, right, y, i == 0 ? Palette.MUTED : Palette.GRID, "");
      svg.text(left - 6, y + 4, value + unit, 11, Palette.MUTED, "end", 0);
    }
  }
}
