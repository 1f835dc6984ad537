package dev.rituals.core.service.commands;

import dev.rituals.core.command.AdminCommand;
import dev.rituals.core.command.Command;
import dev.rituals.core.command.CommandParser;
import dev.rituals.core.command.CommunityCreate;
import dev.rituals.core.command.HelpText;
import dev.rituals.core.command.PairCommand;
import dev.rituals.core.command.ParseResult;
import dev.rituals.core.command.ProfileCommand;
import dev.rituals.core.command.QuestionsAdd;
import dev.rituals.core.command.QuestionsImport;
import dev.rituals.core.command.QuotedText;
import dev.rituals.core.command.RecognitionCommand;
import dev.rituals.core.command.ScheduleAdd;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.Member;
import dev.rituals.core.model.RitualState;
import dev.rituals.core.participation.ParticipationService;
import dev.rituals.core.port.DashboardTabs;
import dev.rituals.core.port.DocumentLinks;
import dev.rituals.core.port.ReportLinks;
import dev.rituals.core.port.RitualScheduler;
import dev.rituals.core.port.TranscriptLinks;
import dev.rituals.core.recognition.CredentialIssuer;
import dev.rituals.core.recognition.RecognitionPorts;
import dev.rituals.core.service.ArchiveService;
import dev.rituals.core.service.HostRotation;
import dev.rituals.core.service.OccurrenceService;
import dev.rituals.core.service.Ports;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.CommandRequest;
import dev.rituals.core.usecase.HandleCommandUseCase;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs commands from both platforms: parse with the one grammar, find the community, check the
 * person may do it, act. Never throws: every failure becomes a reply for the person.
 */
public final class CommandService implements HandleCommandUseCase {
  private static final Logger log = LoggerFactory.getLogger(CommandService.class);
  static final int MAX_COMMAND_LENGTH = 4000;

  private final Ports ports;
  private final Clock clock;
  private final CommunityCommands communities;
  private final ScheduleCommands schedules;
  private final QuestionCommands questions;
  private final LinkCommands links;
  private final NudgeCommands nudges;
  private final ArchiveCommands archive;
  private final StatusCommands status;
  private final ProfileCommands profiles;
  private final PairCommands pairs;
  private final SkipCommands skips;
  private final OccurrenceService occurrences;
  private final ReportCommands reports;
  private final HostCommands hosts;
  private final DirectHostQuestion directHostQuestion;
  private final Optional<RecognitionCommands> recognition;
  private final DashboardCommands dashboards;

  /**
   * What the app adds to the commands when it serves web pages and runs recognition; each part is
   * optional, and a command whose part is missing says so.
   *
   * @param transcripts links to HTML transcripts ({@code archive export})
   * @param reports signed links to the report pages (CSV/PNG downloads, the dashboard)
   * @param recognition badges, PD hours and privacy; empty: those commands are not enabled
   * @param documents where generated files (certificates, exports) are offered for download
   * @param credentials signs Open Badges credentials; empty: pd statement gives the PDF only
   * @param dashboards dashboard generations ({@code dashboard reset}); empty: no dashboard served
   */
  public record Extras(
      TranscriptLinks transcripts,
      ReportLinks reports,
      Optional<RecognitionPorts> recognition,
      DocumentLinks documents,
      Optional<CredentialIssuer> credentials,
      Optional<DashboardTabs> dashboards) {
    public static final Extras NONE =
        new Extras(
            TranscriptLinks.NONE,
            ReportLinks.none(),
            Optional.empty(),
            null,
            Optional.empty(),
            Optional.empty());

    public Extras {
      Objects.requireNonNull(transcripts, "transcripts");
      Objects.requireNonNull(reports, "reports");
      Objects.requireNonNull(recognition, "recognition");
      Objects.requireNonNull(credentials, "credentials");
      if (recognition.isPresent()) {
        Objects.requireNonNull(documents, "documents");
      }
      Objects.requireNonNull(dashboards, "dashboards");
    }

    public Extras withTranscripts(TranscriptLinks links) {
      return new Extras(links, reports, recognition, documents, credentials, dashboards);
    }

    public Extras withReports(ReportLinks links) {
      return new Extras(transcripts, links, recognition, documents, credentials, dashboards);
    }

    public Extras withRecognition(RecognitionPorts ports, DocumentLinks documents) {
      return new Extras(
          transcripts, reports, Optional.of(ports), documents, credentials, dashboards);
    }

    public Extras withCredentials(CredentialIssuer issuer) {
      return new Extras(
          transcripts, reports, recognition, documents, Optional.of(issuer), dashboards);
    }

    public Extras withDashboards(DashboardTabs tabs) {
      return new Extras(
          transcripts, reports, recognition, documents, credentials, Optional.of(tabs));
    }
  }

  public CommandService(
      Ports ports, RitualScheduler scheduler, OccurrenceService occurrences, Clock clock) {
    this(ports, scheduler, occurrences, clock, Extras.NONE);
  }

  /** With {@code links}, {@code archive export} also gives a link to the HTML transcript. */
  public CommandService(
      Ports ports,
      RitualScheduler scheduler,
      OccurrenceService occurrences,
      Clock clock,
      TranscriptLinks links) {
    this(ports, scheduler, occurrences, clock, Extras.NONE.withTranscripts(links));
  }

  /** With signed links to the app's report pages (CSV/PNG downloads, the dashboard). */
  public CommandService(
      Ports ports,
      RitualScheduler scheduler,
      OccurrenceService occurrences,
      Clock clock,
      ReportLinks links) {
    this(ports, scheduler, occurrences, clock, Extras.NONE.withReports(links));
  }

  /**
   * With badges, PD hours and privacy commands; without them (the other constructors) those
   * commands reply that they are not enabled.
   */
  public CommandService(
      Ports ports,
      RitualScheduler scheduler,
      OccurrenceService occurrences,
      Clock clock,
      RecognitionPorts recognitionPorts,
      DocumentLinks documents) {
    this(
        ports,
        scheduler,
        occurrences,
        clock,
        Extras.NONE.withRecognition(recognitionPorts, documents));
  }

  public CommandService(
      Ports ports,
      RitualScheduler scheduler,
      OccurrenceService occurrences,
      Clock clock,
      Extras extras) {
    this.recognition =
        extras
            .recognition()
            .map(
                r ->
                    new RecognitionCommands(
                        ports, r, extras.documents(), extras.credentials(), clock));
    this.ports = ports;
    this.clock = clock;
    this.communities = new CommunityCommands(ports, clock);
    this.schedules = new ScheduleCommands(ports, scheduler, clock);
    this.skips = new SkipCommands(ports, scheduler, schedules);
    this.questions = new QuestionCommands(ports, clock);
    this.links = new LinkCommands(ports, clock);
    this.nudges = new NudgeCommands(ports);
    this.archive = new ArchiveCommands(new ArchiveService(ports), clock, extras.transcripts());
    this.status = new StatusCommands(ports, clock);
    this.profiles = new ProfileCommands(ports, clock);
    this.pairs = new PairCommands(ports, scheduler, clock);
    this.occurrences = occurrences;
    this.reports = new ReportCommands(new ParticipationService(ports, clock), extras.reports());
    this.hosts =
        new HostCommands(ports, new HostRotation(ports, scheduler, clock), schedules, clock);
    this.directHostQuestion = new DirectHostQuestion(hosts);
    this.dashboards = new DashboardCommands(extras.dashboards(), clock);
  }

  @Override
  public CommandReply handle(CommandRequest request) {
    try {
      int limit =
          CommandParser.isImport(request.text())
              ? CommandParser.MAX_IMPORT_CHARS
              : MAX_COMMAND_LENGTH;
      if (request.text().length() > limit) {
        return CommandReply.usage(
            String.format(Locale.ROOT, "That command is too long (over %,d characters).", limit));
      }
      CommandContext ctx = context(request);
      var zone =
          ctx.community().map(Community::zone).orElse(request.userZone().orElse(ZoneOffset.UTC));
      ParseResult parsed = new CommandParser(clock.withZone(zone)).parse(request.text());
      if (parsed instanceof ParseResult.ParseError error) {
        return directHostQuestion
            .take(ctx, error)
            .orElseGet(
                () ->
                    CommandReply.usage(
                        error.message() + "\nExample: `" + ctx.prefix() + error.example() + "`"));
      }
      return run(((ParseResult.Parsed) parsed).command(), ctx);
    } catch (RuntimeException e) {
      // Never a stack trace to a person; the log gets the type, not the text they typed.
      log.warn("Command failed with {}", e.getClass().getName(), e);
      return new CommandReply(
          CommandReply.Outcome.USAGE_ERROR,
          "Something went wrong on our side; nothing was changed. Please try again in a minute.",
          Optional.empty());
    }
  }

  private CommandContext context(CommandRequest request) {
    Optional<Community> community;
    if (request.channel().isPresent()) {
      community = ports.communities().findByChannel(request.channel().get());
    } else {
      // In a direct chat, act on the person's community when they have exactly one.
      List<Member> memberships = ports.members().findByUser(request.user());
      community =
          memberships.size() == 1
              ? ports.communities().findById(memberships.get(0).communityId())
              : Optional.empty();
    }
    Optional<Member> member = community.flatMap(c -> ports.members().find(c.id(), request.user()));
    return new CommandContext(request, community, member);
  }

  private CommandReply run(Command command, CommandContext ctx) {
    if (command instanceof Command.Help help) {
      return CommandReply.ok(
          help.topic()
              .map(t -> HelpText.forTopic(t, ctx.prefix()))
              .orElseGet(() -> HelpText.overview(ctx.prefix())));
    }
    if (command instanceof CommunityCreate create) {
      return communities.create(ctx, create);
    }
    if (command instanceof Command.CommunityLink link) {
      return links.link(ctx, link);
    }
    if (command instanceof RecognitionCommand rc) {
      return recognition
          .map(r -> r.handle(rc, ctx))
          .orElseGet(
              () ->
                  CommandReply.notFound("Badges, PD hours and privacy are not enabled here yet."));
    }
    if (command instanceof Command.Nudges nudge) {
      return nudges.nudges(ctx, nudge.on());
    }
    if (command instanceof ProfileCommand profile && !(profile instanceof ProfileCommand.Import)) {
      CommandReply own = profiles.own(ctx, profile);
      return profile instanceof ProfileCommand.Show
          ? recognition.map(r -> r.withBadges(own, ctx)).orElse(own)
          : own;
    }
    if (command instanceof PairCommand pair) {
      return pairs.handle(ctx, pair);
    }
    if (command instanceof AdminCommand admin) {
      return new AdminCommands().handle(ctx, admin);
    }
    if (command instanceof Command.HostQuestion choice) {
      return hosts.choose(ctx, choice); // typed in the direct chat the invitation came in
    }
    if (ctx.community().isEmpty()) {
      return ctx.noCommunity();
    }
    Community community = ctx.community().get();
    if (command instanceof Command.CommunityInfo) {
      return communities.info(ctx);
    } else if (command instanceof Command.CommunityJoin) {
      return communities.join(ctx);
    } else if (command instanceof Command.CommunityLeave) {
      return communities.leave(ctx);
    } else if (command instanceof Command.CommunityWeek week && week.days().isEmpty()) {
      return communities.week(ctx, community, week.days());
    } else if (command instanceof Command.ScheduleList) {
      return schedules.list(community, ctx);
    } else if (command instanceof Command.ScheduleShow show) {
      return schedules.show(community, show.ritual(), ctx);
    } else if (command instanceof Command.ScheduleNext next) {
      return schedules.next(community, next.ritual(), ctx);
    } else if (command instanceof Command.ScheduleSkipList) {
      return skips.list(community, ctx);
    } else if (command instanceof Command.QuestionsList list) {
      return questions.list(community, list.tag(), ctx);
    } else if (command instanceof Command.QuestionsTemplate t && t.name().isEmpty()) {
      return questions.template(community, t.name(), ctx);
    } else if (command instanceof Command.ArchiveList) {
      return archive.list(community, ctx);
    } else if (command instanceof Command.ArchiveExport export) {
      return archive.export(community, export.occurrence(), ctx);
    } else if (command instanceof Command.Report report) {
      return reports.report(community, report, ctx);
    } else if (command instanceof Command.Status) {
      return status.status(community, ctx);
    } else if (command instanceof Command.StatusRetry retry) {
      return status.retry(community, retry.code(), ctx);
    } else if (command instanceof Command.StatusDismiss dismiss) {
      return status.dismiss(community, dismiss.code(), ctx);
    }
    return configure(command, community, ctx);
  }

  /** Commands that change the community: moderators (and workspace admins) only. */
  private CommandReply configure(Command command, Community community, CommandContext ctx) {
    if (!ctx.canConfigure()) {
      return ctx.moderatorsOnly(whatItDoes(command));
    }
    if (command instanceof Command.ScheduleAddForm) {
      return CommandReply.form(CommandReply.Form.SCHEDULE_ADD, "Opening the schedule form…");
    } else if (command instanceof ScheduleAdd add) {
      return CommandReply.ok(schedules.added(schedules.add(community, add)));
    } else if (command instanceof Command.SchedulePause pause) {
      return schedules.setState(community, pause.ritual(), RitualState.PAUSED, ctx);
    } else if (command instanceof Command.ScheduleResume resume) {
      return schedules.setState(community, resume.ritual(), RitualState.ACTIVE, ctx);
    } else if (command instanceof Command.ScheduleDelete delete) {
      return schedules.delete(community, delete.ritual(), ctx);
    } else if (command instanceof Command.ScheduleRemind remind) {
      return schedules.remind(community, remind, ctx);
    } else if (command instanceof ProfileCommand.Import list) {
      return profiles.importAll(ctx, list);
    } else if (command instanceof Command.ScheduleSkip skip) {
      return skips.skip(community, skip, ctx);
    } else if (command instanceof Command.CommunityWeek week) {
      return communities.week(ctx, community, week.days());
    } else if (command instanceof Command.ScheduleHost host) {
      return hosts.schedule(community, host, ctx);
    } else if (command instanceof QuestionsAdd add) {
      return questions.add(community, add);
    } else if (command instanceof Command.QuestionsRemove remove) {
      return questions.remove(community, remove.number(), ctx);
    } else if (command instanceof QuestionsImport list) {
      return questions.importAll(community, list);
    } else if (command instanceof Command.QuestionsTemplate template) {
      return questions.template(community, template.name(), ctx);
    } else if (command instanceof Command.DashboardReset) {
      return dashboards.reset(community, ctx);
    } else if (command instanceof Command.AskNow ask) {
      var asked = occurrences.askNow(community, ask.question().map(QuotedText::value));
      asked.ifPresent(o -> recognition.ifPresent(r -> r.hosted(community, o, ctx)));
      boolean posted = asked.isPresent();
      return posted
          ? CommandReply.ok("Posted the question in every channel of *" + community.name() + "*.")
          : CommandReply.usage("A question was just posted; try again in a moment.");
    }
    throw new IllegalStateException("unhandled command " + command.getClass().getSimpleName());
  }

  private static String whatItDoes(Command command) {
    if (command instanceof Command.AskNow) {
      return "post a question now";
    }
    if (command instanceof QuestionsAdd
        || command instanceof Command.QuestionsRemove
        || command instanceof QuestionsImport
        || command instanceof Command.QuestionsTemplate) {
      return "change the question bank";
    }
    if (command instanceof ProfileCommand.Import) {
      return "import profiles";
    }
    if (command instanceof Command.CommunityWeek) {
      return "change the school week";
    }
    if (command instanceof Command.DashboardReset) {
      return "reset the dashboard links";
    }
    return "change the schedule";
  }
}
