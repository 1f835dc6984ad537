package dev.rituals.core.command;

import dev.rituals.core.command.RecognitionCommand.BadgesAnnounce;
import dev.rituals.core.command.RecognitionCommand.ForgetMe;
import dev.rituals.core.command.RecognitionCommand.ForgetPolicySet;
import dev.rituals.core.command.RecognitionCommand.MyBadges;
import dev.rituals.core.command.RecognitionCommand.MyData;
import dev.rituals.core.command.RecognitionCommand.PdRuleSet;
import dev.rituals.core.command.RecognitionCommand.PdRuleShow;
import dev.rituals.core.command.RecognitionCommand.PdStatementFor;
import dev.rituals.core.command.RecognitionCommand.RetentionSet;
import dev.rituals.core.command.RecognitionCommand.RetentionShow;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code badges [announce on|off]}, {@code my badges|data}, {@code pd rule|statement}, {@code
 * forget me [confirm]}, and {@code community retention|forget}.
 */
final class RecognitionParser {
  /** Without dates, a statement covers the last year: what a PD portfolio usually asks for. */
  static final int DEFAULT_STATEMENT_DAYS = 365;

  private final ReportParser dates;
  private final Clock clock;

  RecognitionParser(Clock clock) {
    this.clock = clock;
    this.dates = new ReportParser(clock);
  }

  /** Whether a "community ..." command is about privacy (handled here). */
  static boolean isCommunityPrivacy(TokenCursor c) {
    return c.hasNext() && !c.peek().quoted() && (c.nextIs("retention", "forget"));
  }

  Command parse(Topic topic, TokenCursor c) {
    return switch (topic) {
      case BADGES -> badges(c);
      case MY -> my(c);
      case PD -> pd(c);
      case FORGET -> forget(c);
      case COMMUNITY -> community(c);
      default -> throw new IllegalArgumentException("not a recognition topic: " + topic);
    };
  }

  private static Command badges(TokenCursor c) {
    if (!c.hasNext()) {
      return new MyBadges();
    }
    String sub = Topic.BADGES.subcommand(c.next());
    c.usage(Usage.of(Topic.BADGES, sub));
    if (sub.equals("list")) {
      c.expectEnd();
      return new MyBadges();
    }
    Token onOff = c.require("on or off");
    if (!onOff.is("on") && !onOff.is("off")) {
      throw c.unexpected(onOff, "Use badges announce on or badges announce off.");
    }
    c.expectEnd();
    return new BadgesAnnounce(onOff.is("on"));
  }

  private static Command my(TokenCursor c) {
    c.usage(Usage.first(Topic.MY));
    String sub = Topic.MY.subcommand(c.require("badges or data"));
    c.usage(Usage.of(Topic.MY, sub));
    c.expectEnd();
    return sub.equals("data") ? new MyData() : new MyBadges();
  }

  private Command pd(TokenCursor c) {
    c.usage(Usage.first(Topic.PD));
    String sub = Topic.PD.subcommand(c.require("rule or statement"));
    c.usage(Usage.of(Topic.PD, sub));
    if (sub.equals("statement")) {
      if (!c.hasNext()) {
        return new PdStatementFor(DateRange.lastDays(DEFAULT_STATEMENT_DAYS, LocalDate.now(clock)));
      }
      DateRange range = dates.parse(c).range();
      c.usage(Usage.PD_STATEMENT);
      return new PdStatementFor(range);
    }
    if (!c.hasNext()) {
      return new PdRuleShow();
    }
    Optional<Duration> live = Optional.empty();
    Optional<Duration> prompt = Optional.empty();
    Optional<Duration> meeting = Optional.empty();
    while (c.hasNext()) {
      Token word = c.next();
      if ((word.is("live-chat") || word.is("live") || word.is("chat")) && live.isEmpty()) {
        live = Optional.of(minutes(c));
      } else if ((word.is("prompt") || word.is("prompts")) && prompt.isEmpty()) {
        prompt = Optional.of(minutes(c));
      } else if ((word.is("mentoring") || word.is("meeting")) && meeting.isEmpty()) {
        meeting = Optional.of(minutes(c));
      } else {
        throw c.unexpected(
            word, "Give live-chat, prompt and mentoring at most once each, each with minutes.");
      }
    }
    return new PdRuleSet(live, prompt, meeting);
  }

  /** "60m", "1h30m", or a bare number of minutes ("0" for nothing). */
  private static Duration minutes(TokenCursor c) {
    Token t = c.require("the time it counts for, e.g. 30m");
    if (t.text().matches("\\d{1,4}")) {
      return Duration.ofMinutes(Integer.parseInt(t.text()));
    }
    return TimeSpan.parse(t.text()).value();
  }

  private static Command forget(TokenCursor c) {
    c.usage(Usage.FORGET_ME);
    Topic.FORGET.subcommand(c.require("me"));
    boolean confirmed = c.consumeIf("confirm", "yes");
    c.expectEnd();
    return new ForgetMe(confirmed);
  }

  private static Command community(TokenCursor c) {
    String sub = Topic.COMMUNITY.subcommand(c.next());
    c.usage(Usage.of(Topic.COMMUNITY, sub));
    if (sub.equals("retention")) {
      if (!c.hasNext()) {
        return new RetentionShow();
      }
      Token value = c.next();
      c.expectEnd();
      if (value.is("forever") || value.is("off") || value.is("none")) {
        return new RetentionSet(OptionalInt.empty());
      }
      String digits = value.lower().replaceFirst("(d|days?)$", "");
      if (!digits.matches("\\d{1,6}")) {
        throw new CommandSyntaxException(
            ErrorCode.BAD_NUMBER,
            Words.show(value.text()) + " is not a number of days. Use e.g. 365 or forever.");
      }
      return new RetentionSet(OptionalInt.of(Integer.parseInt(digits)));
    }
    Token mode = c.require("delete or anonymise");
    c.expectEnd();
    if (mode.is("delete")) {
      return new ForgetPolicySet(true);
    }
    if (mode.is("anonymise") || mode.is("anonymize") || mode.is("keep")) {
      return new ForgetPolicySet(false);
    }
    throw c.unexpected(mode, "Use community forget delete or community forget anonymise.");
  }
}
