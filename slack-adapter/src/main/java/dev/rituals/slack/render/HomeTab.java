package dev.rituals.slack.render;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.usecase.HomeView;
import dev.rituals.core.usecase.ParticipationReport;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The App Home tab: one section per community, pause/resume buttons for moderators. */
public final class HomeTab {
  public static final String PAUSE_ACTION = "pause_ritual";
  public static final String RESUME_ACTION = "resume_ritual";

  private static final int MAX_BLOCKS = 100;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM");

  private HomeTab() {}

  /**
   * @param reports recent participation of the communities the viewer moderates
   * @param notice a one-off line on top, e.g. the answer to a pause click
   */
  public static View build(
      HomeView home, Map<CommunityId, ParticipationReport> reports, Optional<String> notice) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText("Rituals"))));
    notice.ifPresent(n -> blocks.add(context(List.of(markdownText(Mrkdwn.escape(n))))));
    if (home.communities().isEmpty()) {
      blocks.add(
          section(
              s ->
                  s.text(
                      markdownText(
                          "You are not in a community yet. Type `/rituals help` in a channel to"
                              + " see how to start one."))));
    }
    for (HomeView.CommunityHome community : home.communities()) {
      community(blocks, community, Optional.ofNullable(reports.get(community.id())));
    }
    return View.builder()
        .type("home")
        .blocks(blocks.subList(0, Math.min(blocks.size(), MAX_BLOCKS)))
        .build();
  }

  /** Shown while core has no home view: how to get started. */
  public static View basic() {
    return build(new HomeView(List.of()), Map.of(), Optional.empty());
  }

  private static void community(
      List<LayoutBlock> blocks,
      HomeView.CommunityHome community,
      Optional<ParticipationReport> report) {
    blocks.add(divider());
    blocks.add(header(h -> h.text(plainText(Mrkdwn.limit(community.name(), 150)))));
    if (community.streak() > 0) {
      blocks.add(context(List.of(markdownText(":fire: " + community.streak() + " in a row"))));
    }
    for (HomeView.RitualLine ritual : community.rituals()) {
      String when =
          ritual.paused()
              ? "_paused_"
              : ritual
                  .nextAt()
                  .map(at -> "next " + Mrkdwn.date(at.toInstant(), at.toString()))
                  .orElse("");
      String line = "*#" + ritual.number() + "* " + Mrkdwn.escape(ritual.summary()) + "  " + when;
      if (community.moderator()) {
        boolean paused = ritual.paused();
        blocks.add(
            section(
                s ->
                    s.text(markdownText(line))
                        .accessory(
                            button(
                                b ->
                                    b.actionId(paused ? RESUME_ACTION : PAUSE_ACTION)
                                        .text(plainText(paused ? "Resume" : "Pause"))
                                        .value(ritual.id().toString())))));
      } else {
        blocks.add(section(s -> s.text(markdownText(line))));
      }
    }
    if (!community.recentAnswers().isEmpty()) {
      StringBuilder answers = new StringBuilder("*Your recent answers*");
      for (HomeView.RecentAnswer answer : community.recentAnswers()) {
        answers
            .append("\n• ")
            .append(Mrkdwn.escape(Mrkdwn.limit(answer.question(), 200)))
            .append(" — ")
            .append(Mrkdwn.date(answer.answeredAt(), answer.answeredAt().toString()));
      }
      blocks.add(section(s -> s.text(markdownText(Mrkdwn.limit(answers.toString(), 3000)))));
    }
    if (community.participation().isPresent()) {
      blocks.add(HomeParticipation.block(community.participation().get(), community.moderator()));
    } else {
      report.ifPresent(r -> blocks.add(participation(r, community)));
    }
  }

  private static LayoutBlock participation(
      ParticipationReport report, HomeView.CommunityHome community) {
    StringBuilder text = new StringBuilder("*Recent participation*");
    if (report.occurrences().isEmpty()) {
      text.append("\nNo occurrences in the last four weeks.");
    }
    for (ParticipationReport.OccurrenceLine line : report.occurrences()) {
      text.append("\n• ")
          .append(DAY.format(line.opensAt().atZone(community.zone())))
          .append(": ")
          .append(line.respondents())
          .append(" of ")
          .append(line.members())
          .append(" answered (")
          .append(Math.round(line.responseRate() * 100))
          .append("%)");
    }
    return section(s -> s.text(markdownText(Mrkdwn.limit(text.toString(), 3000))));
  }
}
