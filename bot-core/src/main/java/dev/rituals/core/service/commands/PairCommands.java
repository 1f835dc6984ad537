package dev.rituals.core.service.commands;

import dev.rituals.core.command.PairCommand;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.PairRecord;
import dev.rituals.core.model.PairingRitual;
import dev.rituals.core.pairing.PairingRound;
import dev.rituals.core.pairing.RoundKind;
import dev.rituals.core.port.RitualScheduler;
import dev.rituals.core.service.Ports;
import dev.rituals.core.service.pairing.PairingRounds;
import dev.rituals.core.service.pairing.PairingService;
import dev.rituals.core.service.pairing.PairingText;
import dev.rituals.core.usecase.CommandReply;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * pair schedule|preview|run (moderators), stats (members), and met|notyet|couldnt|stay (anyone
 * about their own latest group, also in a direct chat).
 */
final class PairCommands {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

  private final Ports ports;
  private final PairingService pairing;
  private final Clock clock;

  PairCommands(Ports ports, RitualScheduler scheduler, Clock clock) {
    this.ports = ports;
    this.pairing = new PairingService(ports, scheduler, clock);
    this.clock = clock;
  }

  CommandReply handle(CommandContext ctx, PairCommand command) {
    if (command instanceof PairCommand.Respond respond) {
      Optional<PairRecord> latest = pairing.latestPair(ctx.request().user());
      if (latest.isEmpty()) {
        return CommandReply.notFound("You haven't been in a pairing round yet.");
      }
      return CommandReply.ok(
          pairing.answer(ctx.request().user(), latest.get().id(), respond.response()));
    }
    if (command instanceof PairCommand.Stay) {
      return CommandReply.ok(pairing.stayOrPause(ctx.request().user(), true));
    }
    if (ctx.community().isEmpty()) {
      return ctx.noCommunity();
    }
    Community community = ctx.community().get();
    if (command instanceof PairCommand.Stats) {
      return CommandReply.ok(PairingText.stats(pairing.history(community.id())));
    }
    if (!ctx.canConfigure()) {
      return ctx.moderatorsOnly("run pairing rounds");
    }
    if (command instanceof PairCommand.Schedule s) {
      PairingRitual ritual =
          new PairingRitual(
              community.id(),
              s.kind().name(),
              s.cadence().everyWeeks(),
              s.groupSize(),
              s.day(),
              s.time(),
              s.followUpDays(),
              true);
      var first = pairing.schedule(community, ritual);
      return CommandReply.ok(
          "Pairing rounds "
              + s.cadence().name().toLowerCase(Locale.ROOT)
              + " ("
              + describe(ritual)
              + "). First round: "
              + WHEN.format(first.atZone(community.zone()))
              + " ("
              + community.zone().getId()
              + "). \"Did you meet?\" follows "
              + s.followUpDays()
              + " days after the intros.");
    }
    RoundKind kind = kindOf(command).orElse(RoundKind.PEER);
    PairingRitual settings = ritual(community, kind);
    if (command instanceof PairCommand.Preview) {
      PairingRound round = pairing.rounds().plan(community, kind, settings.groupSize());
      return CommandReply.ok(
          PairingText.round("Preview (nothing sent)", round)
              + "\nSend it with `"
              + ctx.prefix()
              + "pair run"
              + (kind == RoundKind.MENTORING ? " mentor" : "")
              + "`.");
    }
    PairingRounds.Ran ran =
        pairing
            .rounds()
            .run(
                community,
                kind,
                settings.groupSize(),
                settings.followUpDays(),
                "manual:" + community.id() + ":" + kind + ":" + clock.instant());
    if (ran.stored().isEmpty()) {
      return CommandReply.ok(PairingText.round("Nothing sent", ran.round()));
    }
    return CommandReply.ok(
        PairingText.round("Round sent", ran.round())
            + "\nIntros are on their way; \"Did you meet?\" follows in "
            + settings.followUpDays()
            + " days.");
  }

  /** The scheduled ritual's group size and follow-up, or pairs and a week. */
  private PairingRitual ritual(Community community, RoundKind kind) {
    return ports
        .pairings()
        .findRitual(community.id(), kind.name())
        .orElseGet(
            () ->
                new PairingRitual(
                    community.id(),
                    kind.name(),
                    1,
                    2,
                    java.time.DayOfWeek.MONDAY,
                    java.time.LocalTime.of(9, 0),
                    PairCommand.Schedule.DEFAULT_FOLLOW_UP_DAYS,
                    false));
  }

  private static Optional<RoundKind> kindOf(PairCommand command) {
    if (command instanceof PairCommand.Preview p) {
      return p.kind();
    }
    return command instanceof PairCommand.Run r ? r.kind() : Optional.empty();
  }

  private static String describe(PairingRitual r) {
    String who =
        r.kind().equals("MENTORING")
            ? "mentor and mentee"
            : r.groupSize() == 2 ? "peer pairs" : "peer groups of " + r.groupSize();
    return who
        + ", "
        + r.day().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH)
        + " "
        + r.time();
  }
}
