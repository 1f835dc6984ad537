package dev.rituals.core.command;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * {@code schedule host <ritual> on [lead 3d] [deadline 1d] | off}, and the invited host's {@code
 * host question "..."} and {@code host pick <n>}.
 */
final class HostParser {
  private HostParser() {}

  static Command.ScheduleHost schedule(TokenCursor c) {
    RitualRef ritual = new RitualRef(c.require("the ritual's number (see schedule list)").text());
    Token mode = c.require("on or off");
    if (mode.is("off") || mode.is("stop") || mode.is("none")) {
      c.expectEnd();
      return new Command.ScheduleHost(ritual, false, Optional.empty(), Optional.empty());
    }
    if (!mode.is("rotate") && !mode.is("on")) {
      throw c.unexpected(mode, "Write on or off.");
    }
    Optional<Duration> lead = Optional.empty();
    Optional<Duration> deadline = Optional.empty();
    while (c.hasNext()) {
      Token option = c.next();
      if (option.is("lead") && lead.isEmpty()) {
        lead = Optional.of(span(c, "how long before to invite (e.g. 3d)"));
      } else if (option.is("deadline") && deadline.isEmpty()) {
        deadline = Optional.of(span(c, "how long before the host must choose (e.g. 1d)"));
      } else {
        throw c.unexpected(option, "Options: lead 3d, deadline 1d.");
      }
    }
    if (lead.isPresent() && deadline.isPresent() && deadline.get().compareTo(lead.get()) >= 0) {
      throw new CommandSyntaxException(
          ErrorCode.BAD_DURATION,
          "The deadline ("
              + deadline.get().toHours()
              + "h before) must come after the invitation ("
              + lead.get().toHours()
              + "h before): make the deadline shorter than the lead.");
    }
    return new Command.ScheduleHost(ritual, true, lead, deadline);
  }

  static Command.HostQuestion host(TokenCursor c) {
    String sub = Topic.HOST.subcommand(c.require("question or pick"));
    c.usage(Usage.of(Topic.HOST, sub));
    if (sub.equals("pick")) {
      Token number = c.require("the bank question's number");
      c.expectEnd();
      if (!number.text().matches("\\d{1,6}") || Integer.parseInt(number.text()) < 1) {
        throw c.unexpected(number, "Give the number shown in the invitation, e.g. host pick 3.");
      }
      return new Command.HostQuestion(
          Optional.empty(), OptionalInt.of(Integer.parseInt(number.text())));
    }
    String text = c.text("your question", Set.of()).value();
    c.expectEnd();
    return new Command.HostQuestion(Optional.of(text), OptionalInt.empty());
  }

  private static Duration span(TokenCursor c, String what) {
    Duration span = TimeSpan.parse(c.require(what).text()).value();
    if (span.isZero() || span.compareTo(Duration.ofDays(30)) > 0) {
      throw new CommandSyntaxException(
          ErrorCode.BAD_DURATION, "Give a time between 1 hour and 30 days, e.g. 3d.");
    }
    return span;
  }
}
