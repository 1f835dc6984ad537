package dev.rituals.core.command;

import java.util.Locale;

/** What {@code report} produces: the text summary, or one of its other forms. */
public enum ReportOutput {
  /** A short text summary in the reply. */
  SUMMARY,
  /** The weekly participation chart as a PNG. */
  CHART,
  /** One CSV line per member (moderators only). */
  EXPORT,
  /** A signed, expiring link to the dashboard page (moderators only). */
  DASHBOARD;

  /** Consumes the optional output word after "report"; no word means the summary. */
  static ReportOutput parse(TokenCursor c) {
    if (c.hasNext() && !c.peek().quoted()) {
      String word = c.peek().lower();
      ReportOutput output =
          switch (word) {
            case "chart", "graph", "png" -> CHART;
            case "export", "csv" -> EXPORT;
            case "dashboard" -> DASHBOARD;
            default -> null;
          };
      if (output != null) {
        c.next();
        return output;
      }
    }
    return SUMMARY;
  }

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
