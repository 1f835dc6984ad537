package dev.rituals.app.web;

import dev.rituals.core.participation.EngagementLevel;
import dev.rituals.core.participation.WeekTrend;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The dashboard's two charts as inline SVG: numbers only, no text from people. */
final class DashboardSvg {
  private static final DateTimeFormatter WEEK =
      DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
  private static final Map<EngagementLevel, String> COLORS =
      Map.of(
          EngagementLevel.CORE, "#2b6cb0",
          EngagementLevel.ACTIVE, "#4a90d9",
          EngagementLevel.PERIPHERAL, "#9cc3ea",
          EngagementLevel.DORMANT, "#cbd5e0");

  private DashboardSvg() {}

  /** Bars: people who answered each week; line: the week's mean response rate (0-100%). */
  static String weekly(List<WeekTrend> weeks) {
    int w = 900;
    int h = 300;
    int left = 40;
    int right = 40;
    int top = 20;
    int bottom = 40;
    int plotW = w - left - right;
    int plotH = h - top - bottom;
    int max = Math.max(1, weeks.stream().mapToInt(WeekTrend::participants).max().orElse(0));
    StringBuilder svg =
        new StringBuilder("<svg id=\"weekly-chart\" role=\"img\" viewBox=\"0 0 ")
            .append(w)
            .append(' ')
            .append(h)
            .append("\" width=\"")
            .append(w)
            .append("\" height=\"")
            .append(h)
            .append("\" xmlns=\"http://www.w3.org/2000/svg\">")
            .append("<title>People who answered per week, and the mean response rate</title>");
    svg.append(line(left, top + plotH, left + plotW, top + plotH, "#999"));
    svg.append(text(left - 6, top + 10, "end", Integer.toString(max)));
    svg.append(text(left - 6, top + plotH, "end", "0"));
    svg.append(text(left + plotW + 6, top + 10, "start", "100%"));
    double slot = weeks.isEmpty() ? plotW : (double) plotW / weeks.size();
    StringBuilder points = new StringBuilder();
    int labelEvery = (int) Math.max(1, Math.ceil(weeks.size() / 12.0));
    for (int i = 0; i < weeks.size(); i++) {
      WeekTrend week = weeks.get(i);
      double cx = left + slot * i + slot / 2;
      double barH = (double) plotH * week.participants() / max;
      double barW = Math.max(2, slot * 0.6);
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect class=\"week\" data-week=\"%s\" data-people=\"%d\" data-rate=\"%d\""
                  + " x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#4a90d9\">"
                  + "<title>Week of %s: %d people, %d answers, %d%% response rate</title></rect>",
              week.monday(),
              week.participants(),
              Math.round(week.responseRate() * 100),
              cx - barW / 2,
              top + plotH - barH,
              barW,
              barH,
              week.monday(),
              week.participants(),
              week.answers(),
              Math.round(week.responseRate() * 100)));
      points.append(
          String.format(
              Locale.ROOT,
              "%.1f,%.1f ",
              cx,
              top + plotH - plotH * Math.min(1, week.responseRate())));
      if (i % labelEvery == 0) {
        svg.append(text(cx, h - 14, "middle", WEEK.format(week.monday())));
      }
    }
    if (!weeks.isEmpty()) {
      svg.append("<polyline id=\"response-rate\" fill=\"none\" stroke=\"#e07b39\"")
          .append(" stroke-width=\"2.5\" points=\"")
          .append(points.toString().strip())
          .append("\"/>");
    }
    return svg.append("</svg>").toString();
  }

  /** One horizontal bar per engagement level. */
  static String levels(Map<EngagementLevel, Long> levels) {
    int w = 900;
    int rowH = 34;
    int h = rowH * EngagementLevel.values().length + 10;
    long max = Math.max(1, levels.values().stream().mapToLong(Long::longValue).max().orElse(0));
    StringBuilder svg =
        new StringBuilder("<svg id=\"levels-chart\" role=\"img\" viewBox=\"0 0 ")
            .append(w)
            .append(' ')
            .append(h)
            .append("\" width=\"")
            .append(w)
            .append("\" height=\"")
            .append(h)
            .append("\" xmlns=\"http://www.w3.org/2000/svg\"><title>Members by engagement level")
            .append("</title>");
    int y = 8;
    for (EngagementLevel level : EngagementLevel.values()) {
      long n = levels.getOrDefault(level, 0L);
      double barW = 700.0 * n / max;
      svg.append(text(110, y + 20, "end", level.label()))
          .append(
              String.format(
                  Locale.ROOT,
                  "<rect class=\"level\" data-level=\"%s\" data-count=\"%d\" x=\"120\" y=\"%d\""
                      + " width=\"%.1f\" height=\"24\" fill=\"%s\"/>",
                  level.name().toLowerCase(Locale.ROOT),
                  n,
                  y,
                  barW,
                  COLORS.get(level)))
          .append(text(126 + barW, y + 18, "start", Long.toString(n)));
      y += rowH;
    }
    return svg.append("</svg>").toString();
  }

  private static String line(int x1, int y1, int x2, int y2, String color) {
    return String.format(
        Locale.ROOT,
        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\"/>",
        x1,
        y1,
        x2,
        y2,
        color);
  }

  private static String text(double x, double y, String anchor, String value) {
    return String.format(
        Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"12\" fill=\"#555\">%s</text>",
        x,
        y,
        anchor,
        Html.escape(value));
  }
}
