package org.commonground.bot.core.impact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * Counts over weeks as lines, one per series, each named at its end with its latest number.
 * Suppressed points break the line and read {@value Count#FEWER_THAN_THREE} or {@value
 * Count#WITHHELD} at the foot of the chart, where any count under 3 would be anyway; points not
 * recorded are left out. The scale is set by the numbers shown only.
 */
final class LineChart {

  /** One line: its name and a count for every week. */
  record Series(String name, List<Count> points) {}

  private static final double WIDTH = 960;
  private static final double HEIGHT = 380;
  private static final double LEFT = 56;
  private static final double RIGHT = 200;
  private static final double TOP = 24;
  private static final double BOTTOM = 72;
  private static final double LABEL_GAP = 14;

  private LineChart() {}

  static String svg(
      String id, String title, String description, List<ChartWeek> weeks, List<Series> series) {
    Svg svg = new Svg(id, WIDTH, HEIGHT, title, description);
    Axis axis = Axis.over(maxShown(series));
    XAxis x = new XAxis(weeks, LEFT, WIDTH - RIGHT);
    double bottom = HEIGHT - BOTTOM;
    axis.draw(svg, LEFT, WIDTH - RIGHT, TOP, bottom, "");
    x.draw(svg, bottom);
    for (int s = 0; s < series.size(); s++) {
      drawSeries(svg, series.get(s), s, weeks, x, axis, bottom);
    }
    heldBack(svg, series, weeks, x, bottom);
    nameLines(svg, series, axis, bottom);
    return svg.end();
  }

  private static void drawSeries(
      Svg svg, Series series, int index, List<ChartWeek> weeks, XAxis x, Axis axis, double bottom) {
    String colour = Palette.SERIES.get(index % Palette.SERIES.size());
    String dash = Palette.DASHES.get(index % Palette.DASHES.size());
    List<Count> points = series.points();
    for (int w = 1; w < points.size(); w++) {
      OptionalInt from = points.get(w - 1).exact();
      OptionalInt to = points.get(w).exact();
      if (from.isPresent() && to.isPresent()) {
        svg.line(
            x.at(w - 1),
            axis.y(from.getAsInt(), TOP, bottom),
            x.at(w),
            axis.y(to.getAsInt(), TOP, bottom),
            colour,
            dash);
      }
    }
    for (int w = 0; w < points.size(); w++) {
      Count point = points.get(w);
      if (point.exact().isPresent()) {
        String tooltip = series.name() + ", " + weeks.get(w).longLabel() + ": " + point.words();
        svg.group(tooltip)
            .circle(x.at(w), axis.y(point.exact().getAsInt(), TOP, bottom), 3.5, colour, colour)
            .endGroup();
      }
    }
  }

  /**
   * Held-back points read "&lt;3" or "[c]" just above the foot, where a count under 3 would be, one
   * above another when several series of a week are held back.
   */
  private static void heldBack(
      Svg svg, List<Series> series, List<ChartWeek> weeks, XAxis x, double bottom) {
    for (int w = 0; w < weeks.size(); w++) {
      int stacked = 0;
      for (int s = 0; s < series.size(); s++) {
        Count point = series.get(s).points().get(w);
        if (point.suppressed()) {
          String colour = Palette.SERIES.get(s % Palette.SERIES.size());
          String tooltip =
              series.get(s).name() + ", " + weeks.get(w).longLabel() + ": " + point.words();
          svg.group(tooltip)
              .text(x.at(w), bottom - 6 - 12 * stacked++, point.text(), 10, colour, "middle", 0)
              .endGroup();
        }
      }
    }
  }

  /** Each series' name and latest number beside its line's end, spaced so none overlap. */
  private static void nameLines(Svg svg, List<Series> series, Axis axis, double bottom) {
    record Name(int index, String text, double y) {}
    List<Name> names = new ArrayList<>();
    for (int s = 0; s < series.size(); s++) {
      List<Count> points = series.get(s).points();
      OptionalInt last = lastShown(points);
      double y = last.isPresent() ? axis.y(last.getAsInt(), TOP, bottom) : bottom;
      String latest = points.isEmpty() ? "" : " " + points.get(points.size() - 1).text();
      names.add(new Name(s, series.get(s).name() + latest, y));
    }
    names.sort(Comparator.comparingDouble(Name::y));
    double previous = Double.NEGATIVE_INFINITY;
    double x = WIDTH - RIGHT + 12;
    for (Name name : names) {
      double y = Math.max(name.y(), previous + LABEL_GAP);
      previous = y;
      String colour = Palette.SERIES.get(name.index() % Palette.SERIES.size());
      String dash = Palette.DASHES.get(name.index() % Palette.DASHES.size());
      svg.line(x, y - 4, x + 22, y - 4, colour, dash);
      svg.text(x + 28, y, ShortLabel.of(name.text(), 24), 12, Palette.TEXT, "start", 0);
    }
  }

  private static OptionalInt lastShown(List<Count> points) {
    for (int w = points.size() - 1; w >= 0; w--) {
      if (points.get(w).exact().isPresent()) {
        return points.get(w).exact();
      }
    }
    return OptionalInt.empty();
  }

  private static int maxShown(List<Series> series) {
    return series.stream()
        .flatMap(s -> s.points().stream())
        .flatMapToInt(c -> c.exact().stream())
        .max()
        .orElse(0);
  }
}
