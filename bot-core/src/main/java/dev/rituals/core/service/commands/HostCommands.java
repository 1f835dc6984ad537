package dev.rituals.core.service.commands;

import dev.rituals.core.command.Command;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.Hosting;
import dev.rituals.core.model.Question;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualSettings;
import dev.rituals.core.service.HostRotation;
import dev.rituals.core.service.Ports;
import dev.rituals.core.usecase.CommandReply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * schedule host (moderators turn the rotating host on or off) and host question|pick (the invited
 * member chooses the question of the occurrence they host).
 */
final class HostCommands {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

  private final Ports ports;
  private final HostRotation rotation;
  private final ScheduleCommands schedules;
  private final Clock clock;

  HostCommands(Ports ports, HostRotation rotation, ScheduleCommands schedules, Clock clock) {
    this.ports = ports;
    this.rotation = rotation;
    this.schedules = schedules;
    this.clock = clock;
  }

  CommandReply schedule(Community community, Command.ScheduleHost command, CommandContext ctx) {
    Optional<Ritual> found = schedules.resolve(community, command.ritual());
    if (found.isEmpty()) {
      return ScheduleCommands.notFound(command.ritual(), ctx);
    }
    Ritual ritual = found.get();
    if (!command.on()) {
      Ritual off =
          ritual.withSettings(
              ritual.settings().withHostRotation(Optional.empty(), Optional.empty()));
      ports.transactions().inTransaction(() -> ports.rituals().save(off));
      return CommandReply.ok(
          "Ritual #" + ritual.number() + " has no rotating host now: the bank chooses questions.");
    }
    Duration lead = command.lead().orElse(RitualSettings.DEFAULT_HOST_LEAD);
    RitualSettings settings;
    try {
      settings = ritual.settings().withHostRotation(Optional.of(lead), command.deadline());
    } catch (IllegalArgumentException e) {
      return CommandReply.usage(
          "The deadline must be shorter than the invitation lead ("
              + Describe.span(lead)
              + "), e.g. `"
              + ctx.prefix()
              + "schedule host "
              + ritual.number()
              + " on lead 3d deadline 1d`.");
    }
    Ritual on = ritual.withSettings(settings);
    ports.transactions().inTransaction(() -> ports.rituals().save(on));
    Optional<Instant> planned = rotation.planNext(on, clock.instant());
    Duration deadline = settings.hostDeadlineOrDefault().orElseThrow();
    return CommandReply.ok(
        "Ritual #"
            + on.number()
            + " has a rotating host: "
            + Describe.span(lead)
            + " before each round, the next member in turn is invited by direct message to choose"
            + " the question (by "
            + Describe.span(deadline)
            + " before; otherwise the bank's next question is used)."
            + planned
                .map(at -> " First hosted round: " + when(on.schedule().zone(), at) + ".")
                .orElse(" No round is coming up yet."));
  }

  /** The member's own choice for the soonest round they were invited to host. */
  CommandReply choose(CommandContext ctx, Command.HostQuestion command) {
    Instant now = clock.instant();
    List<Hosting> open =
        ports.hostings().findInvited(ctx.request().user()).stream()
            .filter(h -> h.scheduledFor().isAfter(now))
            .filter(h -> ctx.community().map(c -> c.id().equals(h.communityId())).orElse(true))
            .toList();
    if (open.isEmpty()) {
      return CommandReply.notFound(
          "You have no open invitation to host. When it is your turn, Rituals sends you a direct"
              + " message.");
    }
    Hosting hosting = open.get(0);
    Community community = ports.communities().findById(hosting.communityId()).orElseThrow();
    String text;
    if (command.text().isPresent()) {
      text = command.text().get();
    } else {
      int number = command.bankNumber().getAsInt();
      Optional<Question> picked =
          ports.questions().findByCommunity(community.id()).stream()
              .filter(q -> q.number() == number)
              .findFirst();
      if (picked.isEmpty()) {
        return CommandReply.notFound(
            "The bank of *"
                + community.name()
                + "* has no question "
                + number
                + ". Pick a number from the invitation, or write your own: `"
                + ctx.prefix()
                + "host question \"...\"`.");
      }
      text = picked.get().text();
    }
    boolean saved =
        ports
            .transactions()
            .inTransaction(() -> rotation.choose(hosting.ritualId(), hosting.scheduledFor(), text));
    if (!saved) {
      return CommandReply.notFound("That invitation has just closed; the bank's question is used.");
    }
    return CommandReply.ok(
        "Thank you! Your question opens *"
            + community.name()
            + "* on "
            + when(
                ports
                    .rituals()
                    .findById(hosting.ritualId())
                    .map(r -> r.schedule().zone())
                    .orElse(community.zone()),
                hosting.scheduledFor())
            + ": “"
            + text
            + "”.");
  }

  private static String when(ZoneId zone, Instant at) {
    return WHEN.format(at.atZone(zone)) + " " + zone.getId();
  }
}
