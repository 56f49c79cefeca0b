package org.commonground.bot.core.impact;

import java.util.ArrayList;
import java.util.List;

/**
 * Which shade of {@link Palette#HEAT} a shown count gets: the range from 3 to the largest shown
 * count cut into up to five equal bands, spread over the palette from light to dark. Counts held
 * back are never shaded, so no shade stands for anything under 3.
 */
record Shades(List<Shades.Band> bands) {

  /** Counts from {@code from} to {@code to}, both included. */
  record Band(int from, int to) {

    String label() {
      return from == to ? Integer.toString(from) : from + "–" + to;
    }
  }

  static Shades upTo(int largest) {
    List<Band> bands = new ArrayList<>();
    int span = largest - Count.SHOWN_FROM + 1;
    if (span <= 0) {
      return new Shades(bands);
    }
    int width = (span + Palette.HEAT.size() - 1) / Palette.HEAT.size();
    for (int from = Count.SHOWN_FROM; from <= largest; from += width) {
      bands.add(new Band(from, Math.min(largest, from + width - 1)));
    }
    return new Shades(bands);
  }

  /** The band {@code value} falls in; {@code value} is shown, so at least 3. */
  int band(int value) {
    for (int b = 0; b < bands.size(); b++) {
      if (value <= bands.get(b).to()) {
        return b;
      }
    }
    return bands.size() - 1;
  }

  String fill(int band) {
    return Palette.HEAT.get(shade(band));
  }

  String textColour(int band) {
    return shade(band) >= Palette.FIRST_DARK_SHADE ? "#ffffff" : Palette.TEXT;
  }

  private int shade(int band) {
    int last = Palette.HEAT.size() - 1;
    return bands.size() == 1 ? last / 2 : band * last / (bands.size() - 1);
  }
}
