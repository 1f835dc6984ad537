package dev.rituals.core.service.commands;

import dev.rituals.core.command.Command;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.SchoolCalendar;
import dev.rituals.core.port.RitualScheduler;
import dev.rituals.core.service.Ports;
import dev.rituals.core.usecase.CommandReply;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** schedule skip | unskip | skip list: school holidays for the community or one ritual. */
final class SkipCommands {
  private final Ports ports;
  private final RitualScheduler scheduler;
  private final ScheduleCommands schedules;

  SkipCommands(Ports ports, RitualScheduler scheduler, ScheduleCommands schedules) {
    this.ports = ports;
    this.scheduler = scheduler;
    this.schedules = schedules;
  }

  /**
   * Skips (or stops skipping) a date range: for one ritual, or for the whole community, which means
   * its calendar (so rituals added later skip it too) and every ritual it has now.
   */
  CommandReply skip(Community community, Command.ScheduleSkip command, CommandContext ctx) {
    DateRange range = new DateRange(command.range().from(), command.range().to());
    List<Ritual> rituals;
    if (command.ritual().isPresent()) {
      Optional<Ritual> one = schedules.resolve(community, command.ritual().get());
      if (one.isEmpty()) {
        return ScheduleCommands.notFound(command.ritual().get(), ctx);
      }
      rituals = List.of(one.get());
    } else {
      rituals = schedules.visible(community);
    }
    List<Ritual> updated =
        rituals.stream()
            .map(
                r ->
                    r.withSchedule(
                        command.skip()
                            ? r.schedule().withSkip(range)
                            : r.schedule().withoutSkipsWithin(range)))
            .toList();
    ports
        .transactions()
        .inTransaction(
            () -> {
              if (command.ritual().isEmpty()) {
                SchoolCalendar calendar = community.calendar();
                ports
                    .communities()
                    .save(
                        community.withCalendar(
                            command.skip()
                                ? calendar.withSkip(range)
                                : calendar.withoutSkipsWithin(range)));
              }
              updated.forEach(r -> ports.rituals().save(r));
            });
    updated.forEach(scheduler::schedule);
    String dates = Describe.range(range);
    String which =
        command.ritual().isPresent()
            ? "ritual #" + updated.get(0).number()
            : "every ritual of *" + community.name() + "*, and rituals added later";
    return CommandReply.ok(
        (command.skip() ? "Skipping " + dates + " for " : "No longer skipping " + dates + " for ")
            + which
            + ". See `"
            + ctx.prefix()
            + "schedule next`.");
  }

  /** The community's days off, then the ones only some rituals skip. */
  CommandReply list(Community community, CommandContext ctx) {
    List<DateRange> shared = community.calendar().skips();
    StringBuilder text = new StringBuilder("Days off in *" + community.name() + "*: ");
    text.append(shared.isEmpty() ? "none" : join(shared)).append('.');
    for (Ritual r : schedules.visible(community)) {
      List<DateRange> own = r.schedule().skips().stream().filter(s -> !shared.contains(s)).toList();
      if (!own.isEmpty()) {
        text.append("\nRitual #").append(r.number()).append(" also skips ").append(join(own));
      }
    }
    text.append("\nSchool week: ").append(Describe.days(community.calendar().schoolDays()));
    return CommandReply.ok(
        text.append(". Add with `")
            .append(ctx.prefix())
            .append("schedule skip 2026-12-21..2027-01-03`, remove with `")
            .append(ctx.prefix())
            .append("schedule skip remove 2026-12-21..2027-01-03`.")
            .toString());
  }

  private static String join(List<DateRange> ranges) {
    return ranges.stream()
        .sorted((a, b) -> a.from().compareTo(b.from()))
        .map(Describe::range)
        .collect(Collectors.joining(", "));
  }
}
