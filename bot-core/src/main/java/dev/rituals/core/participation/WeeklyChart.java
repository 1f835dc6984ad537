package dev.rituals.core.participation;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * The weekly participation chart as a PNG, drawn with Java2D (headless, no chart library needed for
 * one bar series and one line): bars are the people who answered each week, the line is the week's
 * mean response rate against the right axis.
 */
public final class WeeklyChart {
  public static final int WIDTH = 800;
  public static final int HEIGHT = 400;
  static final Color BARS = new Color(0x4A90D9);
  static final Color RATE = new Color(0xE07B39);
  private static final int LEFT = 60;
  private static final int RIGHT = 60;
  private static final int TOP = 50;
  private static final int BOTTOM = 60;
  private static final DateTimeFormatter WEEK =
      DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  private WeeklyChart() {}

  public static byte[] png(CommunityMetrics metrics) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      draw(g, metrics);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void draw(Graphics2D g, CommunityMetrics m) {
    List<WeekTrend> weeks = m.weeks();
    int plotW = WIDTH - LEFT - RIGHT;
    int plotH = HEIGHT - TOP - BOTTOM;
    int maxPeople = Math.max(1, weeks.stream().mapToInt(WeekTrend::participants).max().orElse(0));
    int scale = niceCeiling(maxPeople);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.setColor(Color.DARK_GRAY);
    g.drawString(
        "Weekly participation, "
            + m.communityName()
            + ", "
            + m.range().from()
            + " to "
            + m.range().to(),
        LEFT,
        28);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    FontMetrics fm = g.getFontMetrics();
    g.setColor(new Color(0xDDDDDD));
    for (int i = 0; i <= 4; i++) {
      int y = TOP + plotH - plotH * i / 4;
      g.drawLine(LEFT, y, LEFT + plotW, y);
      g.setColor(Color.GRAY);
      String people = Integer.toString(scale * i / 4);
      g.drawString(people, LEFT - 8 - fm.stringWidth(people), y + 4);
      g.drawString((25 * i) + "%", LEFT + plotW + 8, y + 4);
      g.setColor(new Color(0xDDDDDD));
    }
    int n = Math.max(1, weeks.size());
    double slot = (double) plotW / n;
    int barW = (int) Math.max(2, slot * 0.6);
    int labelEvery = (int) Math.ceil(n / (plotW / 60.0));
    int[] xs = new int[weeks.size()];
    int[] ys = new int[weeks.size()];
    for (int i = 0; i < weeks.size(); i++) {
      WeekTrend w = weeks.get(i);
      int cx = LEFT + (int) (slot * i + slot / 2);
      int h = plotH * w.participants() / scale;
      g.setColor(BARS);
      g.fillRect(cx - barW / 2, TOP + plotH - h, barW, h);
      xs[i] = cx;
      ys[i] = TOP + plotH - (int) Math.round(plotH * Math.min(1, w.responseRate()));
      if (i % labelEvery == 0) {
        g.setColor(Color.GRAY);
        String label = WEEK.format(w.monday());
        g.drawString(label, cx - fm.stringWidth(label) / 2, TOP + plotH + 16);
      }
    }
    g.setColor(RATE);
    g.setStroke(new BasicStroke(2.5f));
    g.drawPolyline(xs, ys, xs.length);
    for (int i = 0; i < xs.length; i++) {
      g.fillOval(xs[i] - 3, ys[i] - 3, 6, 6);
    }
    legend(g, plotH);
  }

  private static void legend(Graphics2D g, int plotH) {
    int y = TOP + plotH + 40;
    g.setColor(BARS);
    g.fillRect(LEFT, y - 9, 12, 12);
    g.setColor(Color.DARK_GRAY);
    g.drawString("people who answered (left axis)", LEFT + 18, y + 1);
    g.setColor(RATE);
    g.fillRect(LEFT + 260, y - 5, 16, 4);
    g.setColor(Color.DARK_GRAY);
    g.drawString("mean response rate (right axis)", LEFT + 282, y + 1);
  }

  /** 1, 2, 5, 10, 20, 50... at or above {@code n}, so gridlines fall on round numbers. */
  static int niceCeiling(int n) {
    int step = 1;
    while (true) {
      for (int f : new int[] {1, 2, 5}) {
        if (f * step * 4 >= n && (f * step * 4) % 4 == 0) {
          return f * step * 4;
        }
      }
      step *= 10;
    }
  }
}
