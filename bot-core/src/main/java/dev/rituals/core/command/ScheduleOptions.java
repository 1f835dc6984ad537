package dev.rituals.core.command;

import dev.rituals.core.command.QuestionSource.FixedQuestion;
import dev.rituals.core.command.QuestionSource.FromBank;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The options after the time of "schedule add": any order, each at most once. Filled while one
 * command is read, then only read from; a new instance per parse.
 */
final class ScheduleOptions {
  private static final String HINT =
      "Put question text in \"double quotes\"; other options are a time zone, bank [tag] and"
          + " window <duration>.";

  private ZoneId zone;
  private QuestionSource questions;
  private TimeSpan window;
  private Integer questionCount;
  private TimeSpan every;
  private Integer chatDays;

  private ScheduleOptions() {}

  static ScheduleOptions read(TokenCursor c, Usage kind) {
    ScheduleOptions o = new ScheduleOptions();
    while (c.hasNext()) {
      o.option(c, c.next(), kind);
    }
    return o;
  }

  private void option(TokenCursor c, Token word, Usage kind) {
    if (word.quoted()) {
      once(word, questions);
      questions = new FixedQuestion(new QuotedText(word.text()));
    } else if (word.is("bank")) {
      once(word, questions);
      questions = new FromBank(bankTag(c));
    } else if (word.is("window")) {
      once(word, window);
      window = TimeSpan.parse(c.require("the window length (e.g. 2h)").text());
    } else if (word.is("tz") || word.is("timezone")) {
      once(word, zone);
      zone = TimeZones.parse(c.require("a time zone").text());
    } else if (word.is("questions")) {
      only(word, kind, Usage.SCHEDULE_ADD_LIVE_CHAT);
      once(word, questionCount);
      Token n = c.require("the number of questions");
      questionCount = Words.wholeNumber(n, "number of questions", 1, 20);
    } else if (word.is("every")) {
      only(word, kind, Usage.SCHEDULE_ADD_LIVE_CHAT);
      once(word, every);
      String gap = c.require("the minutes between questions (e.g. 10m)").text();
      every = TimeSpan.parse(gap.matches("\\d{1,4}") ? gap + "m" : gap); // "every 10" = minutes
    } else if (word.is("days")) {
      only(word, kind, Usage.SCHEDULE_ADD_SLOW_CHAT);
      once(word, chatDays);
      chatDays = Words.wholeNumber(c.require("the number of days"), "number of days", 2, 14);
    } else if (TimeZones.looksLikeZone(word.text())) {
      once(word, zone);
      zone = TimeZones.parse(word.text());
    } else {
      throw c.unexpected(word, nearOption(word) + HINT);
    }
  }

  Optional<ZoneId> zone() {
    return Optional.ofNullable(zone);
  }

  /** The bank, any tag, when neither a question nor "bank" was given. */
  QuestionSource questions() {
    return questions == null ? FromBank.any() : questions;
  }

  Optional<TimeSpan> window() {
    return Optional.ofNullable(window);
  }

  Optional<Integer> questionCount() {
    return Optional.ofNullable(questionCount);
  }

  Optional<TimeSpan> every() {
    return Optional.ofNullable(every);
  }

  Optional<Integer> chatDays() {
    return Optional.ofNullable(chatDays);
  }

  private static Optional<Tag> bankTag(TokenCursor c) {
    Token next = c.peek();
    if (next == null
        || next.quoted()
        || ScheduleAddParser.OPTION_WORDS.contains(next.lower())
        || TimeZones.looksLikeZone(next.text())) {
      return Optional.empty();
    }
    return Optional.of(new Tag(c.next().text()));
  }

  private static void once(Token word, Object alreadyGiven) {
    if (alreadyGiven != null) {
      throw new CommandSyntaxException(
          ErrorCode.DUPLICATE_OPTION,
          Words.show(word.text())
              + " repeats an option: give one question (or bank), one zone, one window.");
    }
  }

  private static void only(Token word, Usage kind, Usage required) {
    if (kind != required) {
      String which = required == Usage.SCHEDULE_ADD_LIVE_CHAT ? "live-chat" : "slow-chat";
      throw new CommandSyntaxException(
          ErrorCode.INCONSISTENT_OPTIONS,
          Words.show(word.text()) + " only applies to " + which + " rituals.",
          kind.example());
    }
  }

  private static String nearOption(Token word) {
    return EditDistance.nearest(word.lower(), ScheduleAddParser.OPTION_WORDS)
        .map(n -> "Did you mean " + Words.show(n) + "? ")
        .orElse("");
  }
}
