package dev.rituals.core.service.commands;

import dev.rituals.core.command.Command;
import dev.rituals.core.command.RitualRef;
import dev.rituals.core.command.ScheduleAdd;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualState;
import dev.rituals.core.model.SchoolCalendar;
import dev.rituals.core.port.RitualScheduler;
import dev.rituals.core.service.Ports;
import dev.rituals.core.usecase.CommandReply;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** schedule add | list | show | pause | resume | delete | next. */
final class ScheduleCommands {
  static final int NEXT_COUNT = 5;

  private final Ports ports;
  private final RitualScheduler scheduler;
  private final Clock clock;

  ScheduleCommands(Ports ports, RitualScheduler scheduler, Clock clock) {
    this.ports = ports;
    this.scheduler = scheduler;
    this.clock = clock;
  }

  /** Stores and schedules the ritual; the caller has checked the person may configure. */
  Ritual add(Community community, ScheduleAdd command) {
    Ritual ritual =
        ports
            .transactions()
            .inTransaction(
                () -> {
                  int number = ports.rituals().nextNumber(community.id());
                  Ritual draft =
                      RitualDrafts.draft(command, community, Math.max(number, 1), clock.instant());
                  ports.rituals().save(draft);
                  return draft;
                });
    scheduler.schedule(ritual);
    return ritual;
  }

  String added(Ritual ritual) {
    return "Scheduled "
        + Describe.ritual(ritual)
        + ".\nFirst one: "
        + nextTimes(ritual, 1).stream().map(Describe::when).findFirst().orElse("not scheduled");
  }

  CommandReply list(Community community, CommandContext ctx) {
    List<Ritual> rituals = visible(community);
    if (rituals.isEmpty()) {
      return CommandReply.ok(
          "*"
              + community.name()
              + "* has no rituals yet. Add one with `"
              + ctx.prefix()
              + "schedule add`.");
    }
    return CommandReply.ok(
        "Rituals of *"
            + community.name()
            + "*:\n"
            + rituals.stream()
                .map(r -> "• " + Describe.ritual(r))
                .collect(Collectors.joining("\n")));
  }

  CommandReply show(Community community, RitualRef ref, CommandContext ctx) {
    Optional<Ritual> ritual = resolve(community, ref);
    if (ritual.isEmpty()) {
      return notFound(ref, ctx);
    }
    Ritual r = ritual.get();
    return CommandReply.ok(
        Describe.ritual(r)
            + "\n• Open for: "
            + r.schedule().window().toHours()
            + "h"
            + "\n• Reminder: "
            + Describe.reminder(r)
            + "\n• Next: "
            + nextTimes(r, 3).stream().map(Describe::when).collect(Collectors.joining("; ")));
  }

  CommandReply setState(Community community, RitualRef ref, RitualState state, CommandContext ctx) {
    Optional<Ritual> ritual = resolve(community, ref);
    if (ritual.isEmpty()) {
      return notFound(ref, ctx);
    }
    Ritual updated = ritual.get().withState(state);
    ports.transactions().inTransaction(() -> ports.rituals().save(updated));
    scheduler.schedule(updated);
    return CommandReply.ok(
        (state == RitualState.PAUSED ? "Paused " : "Resumed ") + Describe.ritual(updated) + ".");
  }

  CommandReply remind(Community community, Command.ScheduleRemind command, CommandContext ctx) {
    Optional<Ritual> ritual = resolve(community, command.ritual());
    if (ritual.isEmpty()) {
      return notFound(command.ritual(), ctx);
    }
    Ritual updated =
        ritual.get().withSettings(ritual.get().settings().withReminderLead(command.lead()));
    ports.transactions().inTransaction(() -> ports.rituals().save(updated));
    return CommandReply.ok(
        "Ritual #"
            + updated.number()
            + ": "
            + Describe.reminder(updated)
            + " From the next one on.");
  }

  CommandReply delete(Community community, RitualRef ref, CommandContext ctx) {
    Optional<Ritual> ritual = resolve(community, ref);
    if (ritual.isEmpty()) {
      return notFound(ref, ctx);
    }
    scheduler.unschedule(ritual.get().id());
    ports.transactions().inTransaction(() -> ports.rituals().delete(ritual.get().id()));
    return CommandReply.ok(
        "Deleted ritual #" + ritual.get().number() + ". Past occurrences stay in the archive.");
  }

  CommandReply next(Community community, Optional<RitualRef> ref, CommandContext ctx) {
    List<Ritual> rituals;
    if (ref.isPresent()) {
      Optional<Ritual> one = resolve(community, ref.get());
      if (one.isEmpty()) {
        return notFound(ref.get(), ctx);
      }
      rituals = List.of(one.get());
    } else {
      rituals = visible(community).stream().filter(Ritual::isActive).toList();
    }
    if (rituals.isEmpty()) {
      return CommandReply.ok("Nothing is scheduled in *" + community.name() + "*.");
    }
    StringBuilder text = new StringBuilder();
    for (Ritual r : rituals) {
      text.append("*#").append(r.number()).append("* next ").append(NEXT_COUNT).append(":");
      if (!r.isActive()) {
        text.append(" paused");
      }
      nextTimes(r, NEXT_COUNT).forEach(t -> text.append("\n• ").append(Describe.when(t)));
      if (!r.schedule().skips().isEmpty()) {
        text.append("\n_Skipping: ")
            .append(
                r.schedule().skips().stream()
                    .map(Describe::range)
                    .collect(Collectors.joining(", ")))
            .append("_");
      }
      text.append("\n");
    }
    if (!community.calendar().equals(SchoolCalendar.DEFAULT)) {
      text.append("_School week: ")
          .append(Describe.days(community.calendar().schoolDays()))
          .append("_");
    }
    return CommandReply.ok(text.toString().strip());
  }

  private List<ZonedDateTime> nextTimes(Ritual ritual, int count) {
    return scheduler.nextFireTimes(ritual, clock.instant(), count);
  }

  List<Ritual> visible(Community community) {
    return ports.rituals().findByCommunity(community.id()).stream()
        .filter(CommunityCommands::visible)
        .toList();
  }

  Optional<Ritual> resolve(Community community, RitualRef ref) {
    if (ref.listNumber().isPresent()) {
      return ports
          .rituals()
          .findByNumber(community.id(), ref.listNumber().getAsInt())
          .filter(CommunityCommands::visible);
    }
    String prefix = ref.idPrefix().orElse("");
    List<Ritual> matches =
        visible(community).stream().filter(r -> r.id().toString().startsWith(prefix)).toList();
    return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
  }

  static CommandReply notFound(RitualRef ref, CommandContext ctx) {
    return CommandReply.notFound(
        "There is no ritual #"
            + ref
            + " here. See the numbers with `"
            + ctx.prefix()
            + "schedule list`, then e.g. `"
            + ctx.prefix()
            + "schedule pause 1`.");
  }
}
