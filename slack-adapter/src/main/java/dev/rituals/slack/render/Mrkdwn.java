package dev.rituals.slack.render;

/**
 * Core's light markup ({@code *bold*}, {@code `code`}, "• " lines) is already valid Slack mrkdwn;
 * what must change are the three characters Slack reserves for links, mentions and dates. Escaping
 * them also keeps a member's "<!channel>" from pinging everyone when the bot repeats it.
 */
public final class Mrkdwn {
  private Mrkdwn() {}

  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Cuts to Slack's per-field limit, marking the cut. */
  public static String limit(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /**
   * A date Slack shows in each reader's own time zone, with {@code fallback} for clients that
   * cannot.
   */
  public static String date(java.time.Instant at, String fallback) {
    return "<!date^" + at.getEpochSecond() + "^{date_short_pretty} {time}|" + fallback + ">";
  }
}
