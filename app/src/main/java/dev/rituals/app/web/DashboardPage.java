package dev.rituals.app.web;

import dev.rituals.core.participation.CommunityMetrics;
import dev.rituals.core.participation.EngagementLevel;
import dev.rituals.core.participation.MemberMetrics;
import dev.rituals.core.participation.SharedResource;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The moderators' dashboard: plain HTML with inline SVG, no script, every value escaped. Sections:
 * participation over time (weekly), members by engagement level, top shared resources, members.
 */
final class DashboardPage {
  static final int MAX_MEMBER_ROWS = 200;

  private DashboardPage() {}

  static String render(CommunityMetrics m, List<SharedResource> resources) {
    StringBuilder html = new StringBuilder(16_384);
    String title = "Participation in " + m.communityName();
    html.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(Html.escape(title))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body><main>")
        .append("<h1>")
        .append(Html.escape(title))
        .append("</h1><p class=\"dates\">")
        .append(m.range().from())
        .append(" to ")
        .append(m.range().to())
        .append(" · ")
        .append(Html.escape(m.zone().getId()))
        .append("</p>");
    tiles(html, m);
    html.append("<section id=\"over-time\"><h2>Participation over time</h2>")
        .append(DashboardSvg.weekly(m.weeks()))
        .append("</section>");
    levels(html, m);
    resources(html, resources);
    members(html, m);
    html.append("<footer>Definitions: README, “Participation metrics”. This page is private to")
        .append(" moderators; the link expires.</footer></main></body></html>");
    return html.toString();
  }

  private static void tiles(StringBuilder html, CommunityMetrics m) {
    html.append("<section id=\"summary\" class=\"tiles\">");
    tile(html, "members", "Members", Long.toString(m.memberCount()));
    tile(html, "answers", "Answers", Long.toString(m.totalAnswers()));
    tile(html, "participants", "People who answered", Long.toString(m.participants()));
    tile(html, "new-voices", "New voices", Long.toString(m.newVoices()));
    tile(html, "response-rate", "Mean response rate", Math.round(m.meanResponseRate() * 100) + "%");
    html.append("</section>");
  }

  private static void tile(StringBuilder html, String id, String label, String value) {
    html.append("<div class=\"tile\" id=\"tile-")
        .append(id)
        .append("\"><span class=\"value\">")
        .append(Html.escape(value))
        .append("</span><span class=\"label\">")
        .append(Html.escape(label))
        .append("</span></div>");
  }

  private static void levels(StringBuilder html, CommunityMetrics m) {
    Map<EngagementLevel, Long> levels = m.levels();
    html.append("<section id=\"levels\"><h2>Members by engagement level</h2>")
        .append(DashboardSvg.levels(levels))
        .append("<ul class=\"legend\">");
    for (EngagementLevel level : EngagementLevel.values()) {
      html.append("<li data-level=\"")
          .append(level.name().toLowerCase(Locale.ROOT))
          .append("\">")
          .append(level.label())
          .append(": <b>")
          .append(levels.get(level))
          .append("</b></li>");
    }
    html.append("</ul></section>");
  }

  private static void resources(StringBuilder html, List<SharedResource> resources) {
    html.append("<section id=\"resources\"><h2>Top shared resources</h2>");
    if (resources.isEmpty()) {
      html.append("<p>No links were shared in these dates.</p>");
    } else {
      html.append("<ol>");
      for (SharedResource r : resources) {
        html.append("<li><a rel=\"noopener noreferrer nofollow\" target=\"_blank\" href=\"")
            .append(Html.escape(r.url()))
            .append("\">")
            .append(Html.escape(r.url()))
            .append("</a> <span class=\"count\">")
            .append(r.answers())
            .append(r.answers() == 1 ? " answer" : " answers")
            .append("</span></li>");
      }
      html.append("</ol>");
    }
    html.append("</section>");
  }

  private static void members(StringBuilder html, CommunityMetrics m) {
    html.append("<section id=\"members\"><h2>Members</h2><table><thead><tr>")
        .append("<th>Name</th><th>Level</th><th>Answers</th><th>Streak</th><th>Longest</th>")
        .append("<th>Replies to peers</th><th>Last active</th></tr></thead><tbody>");
    for (MemberMetrics x : m.members().stream().limit(MAX_MEMBER_ROWS).toList()) {
      html.append("<tr><td>")
          .append(Html.escape(x.displayName()))
          .append(x.newVoice() ? " <span class=\"new\">new voice</span>" : "")
          .append("</td><td>")
          .append(x.level().label())
          .append("</td><td>")
          .append(x.answers())
          .append("</td><td>")
          .append(x.currentStreak())
          .append("</td><td>")
          .append(x.longestStreak())
          .append("</td><td>")
          .append(x.repliesToPeers())
          .append("</td><td>")
          .append(x.lastActive().map(t -> t.atZone(m.zone()).toLocalDate().toString()).orElse("—"))
          .append("</td></tr>");
    }
    html.append("</tbody></table>");
    if (m.members().size() > MAX_MEMBER_ROWS) {
      html.append("<p>…and ").append(m.members().size() - MAX_MEMBER_ROWS).append(" more.</p>");
    }
    html.append("</section>");
  }

  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;margin:0;background:#f6f7f9;color:#222}"
          + "main{max-width:960px;margin:0 auto;padding:16px}h1{margin:8px 0 0}"
          + ".dates{color:#666;margin-top:4px}.tiles{display:flex;flex-wrap:wrap;gap:12px}"
          + ".tile{background:#fff;border-radius:8px;padding:12px 16px;min-width:120px;"
          + "box-shadow:0 1px 2px #0002}.tile .value{display:block;font-size:28px;font-weight:600}"
          + ".tile .label{color:#666;font-size:13px}section{margin-top:24px}"
          + "svg{background:#fff;border-radius:8px;max-width:100%;height:auto}"
          + "table{border-collapse:collapse;width:100%;background:#fff}"
          + "th,td{padding:6px 8px;border-bottom:1px solid #eee;text-align:left}"
          + ".legend{list-style:none;padding:0;display:flex;gap:16px}.new{color:#2a7;font-size:12px}"
          + ".count{color:#666}footer{margin:32px 0;color:#888;font-size:12px}";
}
