package org.commonground.bot.core.impact;

import java.util.List;

/**
 * The charts' colours: series in the Okabe–Ito palette, told apart by colour-blind readers too and
 * each with its own dash; heat in ColorBrewer's sequential blues, darker for more.
 */
final class Palette {

  static final List<String> SERIES = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7");
  static final List<String> DASHES = List.of("", "8 4", "2 3", "10 3 2 3");

  static final List<String> HEAT = List.of("#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c");

  /** Text on the two darkest shades is white, on the rest near-black, for contrast. */
  static final int FIRST_DARK_SHADE = 3;

  static final String TEXT = "#1a1a1a";
  static final String MUTED = "#595959";
  static final String GRID = "#d9d9d9";
  static final String BAR = "#0072B2";
  static final String EMPTY = "#ffffff";
  static final String NOT_APPLICABLE = "#f0f0f0";

  private Palette() {}
}
