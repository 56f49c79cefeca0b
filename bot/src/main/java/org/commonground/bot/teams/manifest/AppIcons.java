package org.commonground.bot.teams.manifest;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The two icons Teams asks for, drawn when the package is made so the repository holds no images:
 * two overlapping circles, two people meeting.
 */
final class AppIcons {

  static final String COLOR_FILE = "color.png";
  static final String OUTLINE_FILE = "outline.png";
  static final String ACCENT_HEX = "#2E7D6B";
  static final int COLOR_SIZE = 192;
  static final int OUTLINE_SIZE = 32;

  private static final Color ACCENT = Color.decode(ACCENT_HEX);
  private static final int WHITE = 0xFFFFFF;

  private AppIcons() {}

  /** Full colour, 192×192: the circles in white on the accent, inside Teams' 120px safe area. */
  static byte[] color() {
    BufferedImage image = new BufferedImage(COLOR_SIZE, COLOR_SIZE, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = smooth(image);
    g.setColor(ACCENT);
    g.fillRect(0, 0, COLOR_SIZE, COLOR_SIZE);
    g.setColor(Color.WHITE);
    g.fill(new Ellipse2D.Double(36, 60, 72, 72));
    g.setColor(new Color(255, 255, 255, 150));
    g.fill(new Ellipse2D.Double(84, 60, 72, 72));
    g.dispose();
    return png(image);
  }

  /** 32×32, white rings on transparent: Teams refuses an outline icon with any other colour. */
  static byte[] outline() {
    BufferedImage image =
        new BufferedImage(OUTLINE_SIZE, OUTLINE_SIZE, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = smooth(image);
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke(2.5f));
    g.draw(new Ellipse2D.Double(3, 8, 16, 16));
    g.draw(new Ellipse2D.Double(13, 8, 16, 16));
    g.dispose();
    return png(whiten(image));
  }

  private static Graphics2D smooth(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    return g;
  }

  /**
   * Keeps each pixel's coverage but makes its colour exactly white: blending smooth edges can round
   * to off-white, and fully transparent pixels are cleared to one value.
   */
  private static BufferedImage whiten(BufferedImage image) {
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int alpha = image.getRGB(x, y) >>> 24;
        image.setRGB(x, y, alpha == 0 ? 0 : alpha << 24 | WHITE);
      }
    }
    return image;
  }

  private static byte[] png(BufferedImage image) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
