package dev.rituals.core.command;

import dev.rituals.core.command.Command.ScheduleDelete;
import dev.rituals.core.command.Command.ScheduleList;
import dev.rituals.core.command.Command.ScheduleNext;
import dev.rituals.core.command.Command.SchedulePause;
import dev.rituals.core.command.Command.ScheduleResume;
import dev.rituals.core.command.Command.ScheduleShow;
import java.time.Duration;
import java.util.Optional;

/** {@code schedule add|list|show|pause|resume|delete|next|remind|skip|unskip|host}. */
final class ScheduleParser {
  private final ScheduleAddParser add = new ScheduleAddParser();

  Command parse(TokenCursor c) {
    if (!c.hasNext()) {
      return new ScheduleList(); // "schedule" alone lists; it changes nothing
    }
    String sub = Topic.SCHEDULE.subcommand(c.next());
    c.usage(Usage.of(Topic.SCHEDULE, sub));
    return switch (sub) {
      case "add" -> add.parse(c);
      case "list" -> end(c, new ScheduleList());
      case "show" -> end(c, new ScheduleShow(ref(c)));
      case "pause" -> end(c, new SchedulePause(ref(c)));
      case "resume" -> end(c, new ScheduleResume(ref(c)));
      case "delete" -> end(c, new ScheduleDelete(ref(c)));
      case "remind" -> end(c, remind(c));
      case "skip" -> SkipParser.skip(c);
      case "unskip" -> SkipParser.parse(c, false);
      case "host" -> HostParser.schedule(c);
      default -> end(c, new ScheduleNext(c.hasNext() ? Optional.of(ref(c)) : Optional.empty()));
    };
  }

  /** "schedule remind 2 12h", "... off" (no nudge), "... default" (the kind's default). */
  private static Command.ScheduleRemind remind(TokenCursor c) {
    RitualRef ritual = ref(c);
    Token lead = c.require("how long before the close (e.g. 24h), off or default");
    if (lead.is("off") || lead.is("none") || lead.is("no") || lead.text().equals("0")) {
      return new Command.ScheduleRemind(ritual, Optional.of(Duration.ZERO));
    }
    if (lead.is("default")) {
      return new Command.ScheduleRemind(ritual, Optional.empty());
    }
    return new Command.ScheduleRemind(ritual, Optional.of(TimeSpan.parse(lead.text()).value()));
  }

  private static RitualRef ref(TokenCursor c) {
    return new RitualRef(c.require("the ritual's number (see schedule list)").text());
  }

  private static Command end(TokenCursor c, Command command) {
    c.expectEnd();
    return command;
  }
}
