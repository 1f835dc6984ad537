package dev.rituals.core.service.commands;

import dev.rituals.core.command.Command;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.DateRange;
import dev.rituals.core.participation.CommunityMetrics;
import dev.rituals.core.participation.ParticipationCsv;
import dev.rituals.core.participation.ParticipationUseCase;
import dev.rituals.core.participation.WeeklyChart;
import dev.rituals.core.port.ReportLinks;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.ReplyAttachment;
import java.net.URI;
import java.util.Optional;

/**
 * {@code report [chart|export|dashboard]}: the text summary (with the structured report for cards),
 * the weekly chart, the CSV export and the dashboard link. Exports and the dashboard list everyone,
 * so they are for moderators; the summary and the chart are for everyone.
 */
final class ReportCommands {
  private final ParticipationUseCase participation;
  private final ReportLinks links;

  ReportCommands(ParticipationUseCase participation, ReportLinks links) {
    this.participation = participation;
    this.links = links;
  }

  CommandReply report(Community community, Command.Report report, CommandContext ctx) {
    DateRange range = new DateRange(report.range().from(), report.range().to());
    boolean moderator = ctx.canConfigure();
    switch (report.output()) {
      case EXPORT:
        if (!moderator) {
          return ctx.moderatorsOnly("export everyone's participation");
        }
        break;
      case DASHBOARD:
        if (!moderator) {
          return ctx.moderatorsOnly("open the dashboard");
        }
        return dashboard(community, range);
      default:
        break;
    }
    CommunityMetrics metrics = participation.metrics(community.id(), range);
    String dates = range.from() + "_" + range.to();
    return switch (report.output()) {
      case CHART ->
          CommandReply.ok(
              "Weekly participation in *"
                  + community.name()
                  + "*"
                  + linkLine(community, range, "png"),
              new ReplyAttachment.File(
                  "participation_" + dates + ".png",
                  "image/png",
                  WeeklyChart.png(metrics),
                  links.download(community.id(), range, "png")));
      case EXPORT ->
          CommandReply.ok(
              "Participation in *"
                  + community.name()
                  + "*, "
                  + metrics.members().size()
                  + " lines"
                  + linkLine(community, range, "csv"),
              new ReplyAttachment.File(
                  "participation_" + dates + ".csv",
                  "text/csv",
                  ParticipationCsv.render(metrics),
                  links.download(community.id(), range, "csv")));
      default ->
          CommandReply.ok(
              ReportText.render(metrics, moderator, ctx.request().user()),
              new ReplyAttachment.Report(metrics, moderator, ctx.request().user()));
    };
  }

  private String linkLine(Community community, DateRange range, String kind) {
    return links
        .download(community.id(), range, kind)
        .map(u -> (kind.equals("csv") ? "\nDownload (valid 24 hours): " : "\nLink: ") + u)
        .orElse("");
  }

  private CommandReply dashboard(Community community, DateRange range) {
    Optional<URI> link = links.dashboard(community.id(), range);
    if (link.isEmpty()) {
      return CommandReply.notFound(
          "The dashboard needs the app's web address (RITUALS_PUBLIC_URL); ask whoever runs Rituals.");
    }
    return CommandReply.ok(
        "Dashboard of *"
            + community.name()
            + "* (a private link for moderators, valid 30 days; don't share it in the channel):\n"
            + link.get(),
        new ReplyAttachment.Link("Open the dashboard", link.get()));
  }
}
