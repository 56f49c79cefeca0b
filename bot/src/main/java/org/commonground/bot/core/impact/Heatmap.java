package org.commonground.bot.core.impact;

import java.util.List;

/**
 * A square grid of counts between every two of a list of names (organisations, sectors), each cell
 * shaded darker for more and always showing its number. Held-back cells share one hatching and read
 * {@value Count#FEWER_THAN_THREE} or {@value Count#WITHHELD}, so 1 and 2 look the same; names are
 * cut to fit, in full in their tooltips. Forty organisations of 120 characters stay legible.
 */
final class Heatmap {

  private static final double CELL = 24;
  private static final int LABEL_CHARACTERS = 30;
  private static final double ROW_LABELS = 220;
  private static final double COLUMN_LABELS = 170;
  private static final double LEGEND = 88;
  private static final double MIN_WIDTH = 640;

  private final Svg svg;
  private final String heldBack;
  private final Shades shades;
  private final List<String> labels;
  private final String measure;

  private Heatmap(Svg svg, String id, Shades shades, List<String> labels, String measure) {
    this.svg = svg;
    this.heldBack = "url(#" + id + "-held)";
    this.shades = shades;
    this.labels = labels;
    this.measure = measure;
  }

  /**
   * @param measure what a cell counts, after its number in a tooltip: "introductions"
   * @param withItself whether a name can pair with itself (two members of one sector can meet; one
   *     organisation's members are never matched), else that cell is blank when empty
   * @param cells {@code cells.get(i).get(j)} between {@code labels.get(i)} and {@code
   *     labels.get(j)}
   */
  static String svg(
      String id,
      String title,
      String description,
      String measure,
      boolean withItself,
      List<String> labels,
      List<List<Count>> cells) {
    int n = labels.size();
    double grid = n * CELL;
    double width = Math.max(MIN_WIDTH, ROW_LABELS + grid + COLUMN_LABELS);
    Svg svg =
        new Svg(id, width, COLUMN_LABELS + grid + LEGEND, title, description)
            .hatchPattern(id + "-held");
    if (n == 0) {
      svg.text(
          24, COLUMN_LABELS / 2, "Nothing to show in this period.", 13, Palette.TEXT, "start", 0);
      return svg.end();
    }
    Heatmap heatmap = new Heatmap(svg, id, Shades.upTo(largestShown(cells)), labels, measure);
    heatmap.names();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        heatmap.cell(i, j, cells.get(i).get(j), i == j && !withItself);
      }
    }
    heatmap.legend(COLUMN_LABELS + grid + 28);
    return svg.end();
  }

  private void names() {
    for (int k = 0; k < labels.size(); k++) {
      String name = labels.get(k);
      String shown = ShortLabel.of(name, LABEL_CHARACTERS);
      double middle = k * CELL + CELL / 2;
      svg.group(name)
          .text(ROW_LABELS - 6, COLUMN_LABELS + middle + 4, shown, 11, Palette.TEXT, "end", 0)
          .endGroup();
      svg.group(name)
          .text(ROW_LABELS + middle + 4, COLUMN_LABELS - 6, shown, 11, Palette.TEXT, "start", -45)
          .endGroup();
    }
  }

  /** A cell; {@code blankIfNone} where the pair can't happen, so a 0 there says nothing. */
  private void cell(int i, int j, Count count, boolean blankIfNone) {
    double x = ROW_LABELS + j * CELL;
    double y = COLUMN_LABELS + i * CELL;
    double textX = x + CELL / 2;
    double textY = y + CELL / 2 + 4;
    if (count.isZero()) {
      svg.rect(
          x, y, CELL, CELL, blankIfNone ? Palette.NOT_APPLICABLE : Palette.EMPTY, Palette.GRID);
      if (!blankIfNone) {
        svg.text(textX, textY, "0", 10, Palette.MUTED, "middle", 0);
      }
      return;
    }
    svg.group(labels.get(i) + " and " + labels.get(j) + ": " + count.words() + " " + measure);
    if (count.exact().isPresent()) {
      int band = shades.band(count.exact().getAsInt());
      svg.rect(x, y, CELL, CELL, shades.fill(band), Palette.GRID)
          .text(textX, textY, count.text(), 10, shades.textColour(band), "middle", 0);
    } else {
      svg.rect(x, y, CELL, CELL, heldBack, Palette.GRID)
          .text(textX, textY, count.text(), 10, Palette.TEXT, "middle", 0);
    }
    svg.endGroup();
  }

  private void legend(double y) {
    double x = 24;
    svg.text(x, y + 12, "Key:", 11, Palette.TEXT, "start", 0);
    x += 36;
    svg.rect(x, y, 16, 16, Palette.EMPTY, Palette.MUTED)
        .text(x + 22, y + 12, "0", 11, Palette.TEXT, "start", 0);
    x += 44;
    for (int b = 0; b < shades.bands().size(); b++) {
      String label = shades.bands().get(b).label();
      svg.rect(x, y, 16, 16, shades.fill(b), Palette.MUTED)
          .text(x + 22, y + 12, label, 11, Palette.TEXT, "start", 0);
      x += 34 + 7 * label.length();
    }
    // On a line of its own: a grid of eight sectors is narrower than the whole key.
    svg.rect(60, y + 24, 16, 16, heldBack, Palette.MUTED)
        .text(
            82,
            y + 36,
            Count.FEWER_THAN_THREE + " fewer than 3, " + Count.WITHHELD + " withheld: not shown",
            11,
            Palette.TEXT,
            "start",
            0);
  }

  private static int largestShown(List<List<Count>> cells) {
    return cells.stream()
        .flatMap(List::stream)
        .flatMapToInt(c -> c.exact().stream())
        .max()
        .orElse(0);
  }
}
