package dev.rituals.teams;

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
 * The two icons a Teams app package needs, drawn with shapes only (no fonts, which a headless
 * server may lack): a ring of meeting points around a centre, the ritual that brings people back.
 */
final class TeamsAppIcons {
  static final int COLOR_SIZE = 192;
  static final int OUTLINE_SIZE = 32;
  static final Color ACCENT = new Color(0x2E, 0x6B, 0x5E);
  private static final int POINTS = 6;

  private TeamsAppIcons() {}

  /** 192x192, full colour and opaque: the white mark on the accent colour (Teams rounds it). */
  static byte[] color() {
    BufferedImage image = new BufferedImage(COLOR_SIZE, COLOR_SIZE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = smooth(image);
    g.setColor(ACCENT);
    g.fillRect(0, 0, COLOR_SIZE, COLOR_SIZE);
    drawMark(g, COLOR_SIZE, Color.WHITE);
    g.dispose();
    return png(image);
  }

  /** 32x32, white on transparent, as Teams requires for the outline icon. */
  static byte[] outline() {
    BufferedImage image =
        new BufferedImage(OUTLINE_SIZE, OUTLINE_SIZE, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = smooth(image);
    drawMark(g, OUTLINE_SIZE, Color.WHITE);
    g.dispose();
    // anti-aliased edges may blend towards the transparent black below: keep every pixel white
    // and let only the alpha channel vary
    for (int y = 0; y < OUTLINE_SIZE; y++) {
      for (int x = 0; x < OUTLINE_SIZE; x++) {
        int alpha = image.getRGB(x, y) >>> 24;
        image.setRGB(x, y, alpha == 0 ? 0 : (alpha << 24) | 0xFFFFFF);
      }
    }
    return png(image);
  }

  private static void drawMark(Graphics2D g, int size, Color color) {
    double centre = size / 2.0;
    double ring = size * 0.30;
    double dot = size * 0.11;
    g.setColor(color);
    g.setStroke(new BasicStroke((float) Math.max(1.5, size * 0.045)));
    g.draw(new Ellipse2D.Double(centre - ring, centre - ring, 2 * ring, 2 * ring));
    for (int i = 0; i < POINTS; i++) {
      double angle = 2 * Math.PI * i / POINTS - Math.PI / 2;
      double x = centre + ring * Math.cos(angle);
      double y = centre + ring * Math.sin(angle);
      g.fill(new Ellipse2D.Double(x - dot / 2, y - dot / 2, dot, dot));
    }
    double core = size * 0.16;
    g.fill(new Ellipse2D.Double(centre - core / 2, centre - core / 2, core, core));
  }

  private static Graphics2D smooth(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    return g;
  }

  private static byte[] png(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode a PNG in memory", e);
    }
    return out.toByteArray();
  }
}
