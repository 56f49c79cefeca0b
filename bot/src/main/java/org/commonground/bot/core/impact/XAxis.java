package org.commonground.bot.core.impact;

import java.util.List;

/** Weeks spread evenly from left to right, each labelled by its Monday under the chart. */
record XAxis(List<ChartWeek> weeks, double left, double right) {

  double step() {
    return weeks.size() <= 1 ? right - left : (right - left) / (weeks.size() - 1);
  }

  double at(int week) {
    return weeks.size() <= 1 ? (left + right) / 2 : left + step() * week;
  }

  void draw(Svg svg, double bottom) {
    for (int w = 0; w < weeks.size(); w++) {
      ChartWeek week = weeks.get(w);
      svg.group(week.longLabel())
          .text(at(w), bottom + 16, week.shortLabel(), 10, Palette.MUTED, "end", -45)
          .endGroup();
    }
  }
}
