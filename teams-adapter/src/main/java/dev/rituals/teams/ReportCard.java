package dev.rituals.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import dev.rituals.core.participation.CommunityMetrics;
import dev.rituals.core.participation.EngagementLevel;
import dev.rituals.core.participation.MemberMetrics;
import dev.rituals.core.participation.OccurrenceMetrics;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.ReplyAttachment;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Report replies as Adaptive Cards: the participation report with fact sets (everyone's lines for
 * moderators only), and files or pages as an "open" button on a signed, expiring link, since a bot
 * cannot drop a file into a Teams channel.
 */
final class ReportCard {
  static final int MAX_MEMBERS = 15;
  static final int MAX_OCCURRENCES = 6;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

  private ReportCard() {}

  /** The card for a reply's attachment, or empty when the reply is best shown as its text. */
  static Optional<Activity> render(CommandReply reply) {
    if (reply.attachment().isEmpty()) {
      return Optional.empty();
    }
    ReplyAttachment attachment = reply.attachment().get();
    if (attachment instanceof ReplyAttachment.Report report) {
      return Optional.of(Cards.message(report(report), "Participation report"));
    }
    if (attachment instanceof ReplyAttachment.File file && file.downloadLink().isPresent()) {
      String title = file.mimeType().equals("text/csv") ? "Download the CSV" : "Open the chart";
      return Optional.of(
          open(file.name(), firstLine(reply.text()), title, file.downloadLink().get()));
    }
    if (attachment instanceof ReplyAttachment.Link link) {
      return Optional.of(open("Dashboard", firstLine(reply.text()), link.title(), link.url()));
    }
    return Optional.empty();
  }

  static ObjectNode report(ReplyAttachment.Report report) {
    CommunityMetrics m = report.metrics();
    List<ObjectNode> body = new ArrayList<>();
    body.add(Cards.heading("Participation in " + m.communityName()));
    body.add(Cards.subtle(m.range().from() + " to " + m.range().to()));
    body.add(
        facts(
            List.of(
                Map.entry("Members", Long.toString(m.memberCount())),
                Map.entry("Answers", Long.toString(m.totalAnswers())),
                Map.entry("People who answered", Long.toString(m.participants())),
                Map.entry("New voices", Long.toString(m.newVoices())),
                Map.entry("Mean response rate", percent(m.meanResponseRate())))));
    if (report.moderator()) {
      List<Map.Entry<String, String>> levels = new ArrayList<>();
      m.levels().forEach((level, n) -> levels.add(Map.entry(level.label(), Long.toString(n))));
      body.add(Cards.text("**Members by engagement level**"));
      body.add(facts(levels));
      List<Map.Entry<String, String>> lines = new ArrayList<>();
      m.members().stream()
          .filter(x -> x.answers() > 0)
          .limit(MAX_MEMBERS)
          .forEach(x -> lines.add(Map.entry(x.displayName(), memberLine(x))));
      if (!lines.isEmpty()) {
        body.add(Cards.text("**Answers by member**"));
        body.add(facts(lines));
      }
    } else {
      Optional<MemberMetrics> mine =
          m.members().stream().filter(x -> x.user().equals(report.viewer())).findFirst();
      body.add(
          Cards.text(mine.map(x -> "You: " + memberLine(x)).orElse("You have not answered yet.")));
    }
    if (!m.occurrences().isEmpty()) {
      List<OccurrenceMetrics> recent =
          m.occurrences()
              .subList(
                  Math.max(0, m.occurrences().size() - MAX_OCCURRENCES), m.occurrences().size());
      List<Map.Entry<String, String>> turnout = new ArrayList<>();
      recent.forEach(
          o ->
              turnout.add(
                  Map.entry(
                      DAY.format(o.opensAt().atZone(m.zone())),
                      o.respondents()
                          + " of "
                          + o.members()
                          + " ("
                          + percent(o.responseRate())
                          + ")")));
      body.add(Cards.text("**Turnout**"));
      body.add(facts(turnout));
    }
    return Cards.card(body, List.of());
  }

  private static String memberLine(MemberMetrics x) {
    return x.answers()
        + (x.answers() == 1 ? " answer" : " answers")
        + " · "
        + x.level().label().toLowerCase(Locale.ROOT)
        + " · streak "
        + x.currentStreak()
        + " (longest "
        + x.longestStreak()
        + ")"
        + (x.level() == EngagementLevel.CORE || x.repliesToPeers() == 0
            ? ""
            : " · " + x.repliesToPeers() + " replies to peers");
  }

  private static Activity open(String heading, String text, String button, URI url) {
    ObjectNode action = Cards.object();
    action.put("type", "Action.OpenUrl");
    action.put("title", button);
    action.put("url", url.toString());
    return Cards.message(
        Cards.card(
            List.of(Cards.heading(heading), Cards.text(TeamsText.markdown(text))), List.of(action)),
        heading);
  }

  private static ObjectNode facts(List<Map.Entry<String, String>> facts) {
    ObjectNode set = Cards.object();
    set.put("type", "FactSet");
    ArrayNode array = set.putArray("facts");
    for (Map.Entry<String, String> f : facts) {
      ObjectNode fact = array.addObject();
      fact.put("title", f.getKey());
      fact.put("value", f.getValue());
    }
    return set;
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }

  private static String percent(double rate) {
    return Math.round(rate * 100) + "%";
  }
}
