package dev.rituals.core.command;

import dev.rituals.core.model.PairResponse;
import dev.rituals.core.pairing.RoundKind;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;

/** {@code pair schedule|preview|run|stats}. */
final class PairParser {
  private PairParser() {}

  static Command parse(TokenCursor c) {
    if (!c.hasNext()) {
      return new PairCommand.Preview(Optional.empty());
    }
    String sub = Topic.PAIR.subcommand(c.next());
    c.usage(Usage.of(Topic.PAIR, sub));
    Command command =
        switch (sub) {
          case "schedule" -> schedule(c);
          case "preview" -> new PairCommand.Preview(kind(c));
          case "run" -> new PairCommand.Run(kind(c));
          case "met" -> new PairCommand.Respond(PairResponse.MET);
          case "notyet" -> new PairCommand.Respond(PairResponse.NOT_YET);
          case "couldnt" -> new PairCommand.Respond(PairResponse.COULD_NOT);
          case "stay" -> new PairCommand.Stay();
          default -> new PairCommand.Stats();
        };
    c.expectEnd();
    return command;
  }

  private static Optional<RoundKind> kind(TokenCursor c) {
    if (c.nextIs("mentor", "mentoring", "mentors")) {
      c.next();
      return Optional.of(RoundKind.MENTORING);
    }
    if (c.nextIs("peer", "peers")) {
      c.next();
      return Optional.of(RoundKind.PEER);
    }
    return Optional.empty();
  }

  private static PairCommand.Schedule schedule(TokenCursor c) {
    Token cadenceWord = c.require("weekly, biweekly or monthly");
    PairCommand.Cadence cadence =
        switch (cadenceWord.lower()) {
          case "weekly" -> PairCommand.Cadence.WEEKLY;
          case "biweekly", "fortnightly", "every-2-weeks" -> PairCommand.Cadence.BIWEEKLY;
          case "monthly" -> PairCommand.Cadence.MONTHLY;
          default -> throw c.unexpected(cadenceWord, "Start with weekly, biweekly or monthly.");
        };
    RoundKind kind = kind(c).orElse(RoundKind.PEER);
    int size = 2;
    DayOfWeek day = DayOfWeek.MONDAY;
    LocalTime time = LocalTime.of(9, 0);
    int followUp = PairCommand.Schedule.DEFAULT_FOLLOW_UP_DAYS;
    Set<String> seen = new java.util.HashSet<>();
    while (c.hasNext()) {
      Token word = c.next();
      if (word.is("size")) {
        once(seen, "size");
        size = Words.wholeNumber(c.require("2, 3 or 4"), "group size", 2, 4);
      } else if (word.is("follow-up") || word.is("followup")) {
        once(seen, "follow-up");
        Token days = c.require("the days before the follow-up, e.g. 7d");
        String digits =
            days.lower().endsWith("d")
                ? days.text().substring(0, days.text().length() - 1)
                : days.text();
        followUp = Words.wholeNumber(Token.word(digits), "follow-up days", 1, 28);
      } else if (!word.quoted() && DaysOfWeek.isDays(word.lower())) {
        once(seen, "day");
        var days = DaysOfWeek.parse(word.text()).days();
        if (days.size() != 1) {
          throw c.unexpected(word, "Pairing rounds run on one weekday, e.g. tue.");
        }
        day = days.iterator().next();
      } else if (!word.quoted() && Character.isDigit(word.text().charAt(0))) {
        once(seen, "time");
        time = TimeOfDay.parse(word.text()).value();
      } else {
        throw c.unexpected(word, "After the cadence: mentor|peer, size <n>, a weekday, a time.");
      }
    }
    return new PairCommand.Schedule(cadence, kind, size, day, time, followUp);
  }

  private static void once(Set<String> seen, String option) {
    if (!seen.add(option)) {
      throw new CommandSyntaxException(ErrorCode.DUPLICATE_OPTION, "Give " + option + " once.");
    }
  }
}
