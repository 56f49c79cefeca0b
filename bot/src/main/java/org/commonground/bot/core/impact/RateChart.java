package org.commonground.bot.core.impact;

import java.util.List;

/**
 * A share per week as bars, from 0 to 100 %, each labelled with its percentage. A week's bar is
 * drawn only when both of its numbers are shown; otherwise the week reads {@value
 * Count#FEWER_THAN_THREE} or {@value Count#WITHHELD} at the foot, with no bar, since any bar's
 * height would give the number away.
 */
final class RateChart {

  /** One week's share: {@code part} of {@code whole}. */
  record Bar(ChartWeek week, Count part, Count whole) {}

  private static final double WIDTH = 960;
  private static final double HEIGHT = 340;
  private static final double LEFT = 56;
  private static final double RIGHT = 24;
  private static final double TOP = 24;
  private static final double BOTTOM = 72;
  private static final Axis PERCENT = new Axis(100);

  private RateChart() {}

  /**
   * @param partName what a bar's part counts, for its tooltip: "introductions met"
   * @param wholeName what its whole counts: "introductions in all"
   */
  static String svg(
      String id,
      String title,
      String description,
      String partName,
      String wholeName,
      List<Bar> bars) {
    Svg svg = new Svg(id, WIDTH, HEIGHT, title, description);
    double bottom = HEIGHT - BOTTOM;
    double band = (WIDTH - LEFT - RIGHT) / Math.max(1, bars.size());
    XAxis x =
        new XAxis(bars.stream().map(Bar::week).toList(), LEFT + band / 2, WIDTH - RIGHT - band / 2);
    PERCENT.draw(svg, LEFT, WIDTH - RIGHT, TOP, bottom, "%");
    x.draw(svg, bottom);
    for (int w = 0; w < bars.size(); w++) {
      Bar bar = bars.get(w);
      String tooltip =
          bar.week().longLabel()
              + ": "
              + partName
              + ": "
              + bar.part().words()
              + "; "
              + wholeName
              + ": "
              + bar.whole().words();
      drawBar(svg, bar, tooltip, x.at(w), band * 0.6, bottom);
    }
    return svg.end();
  }

  private static void drawBar(
      Svg svg, Bar bar, String tooltip, double centre, double width, double bottom) {
    if (bar.part().exact().isEmpty() || bar.whole().exact().isEmpty()) {
      Count held = bar.part().exact().isEmpty() ? bar.part() : bar.whole();
      svg.group(tooltip)
          .text(centre, bottom - 6, held.text(), 10, Palette.TEXT, "middle", 0)
          .endGroup();
      return;
    }
    int part = bar.part().exact().getAsInt();
    int whole = bar.whole().exact().getAsInt();
    if (whole == 0) {
      svg.group(tooltip).text(centre, bottom - 6, "–", 10, Palette.MUTED, "middle", 0).endGroup();
      return;
    }
    long percent = Math.round(100.0 * part / whole);
    double top = PERCENT.y(100.0 * part / whole, TOP, bottom);
    svg.group(tooltip + " (" + percent + "%)")
        .rect(centre - width / 2, top, width, bottom - top, Palette.BAR, Palette.BAR)
        .text(centre, top - 4, percent + "%", 10, Palette.TEXT, "middle", 0)
        .endGroup();
  }
}
