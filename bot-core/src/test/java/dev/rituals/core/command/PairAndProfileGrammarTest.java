package dev.rituals.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.PairResponse;
import dev.rituals.core.pairing.RoundKind;
import dev.rituals.core.usecase.ProfileField;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The pair and profile command families: what parses, and the message for what does not. */
class PairAndProfileGrammarTest {
  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("valid")
  void parsesIntoItsRecord(String text, Command expected) {
    assertThat(Fixtures.parser().parse(text)).isEqualTo(new ParseResult.Parsed(expected));
  }

  static Stream<Arguments> valid() {
    return Stream.of(
        Arguments.of("profile", new ProfileCommand.Edit()),
        Arguments.of("profile show", new ProfileCommand.Show()),
        Arguments.of("profile form", new ProfileCommand.Edit()),
        Arguments.of(
            "profile set subjects science, math",
            new ProfileCommand.Set(ProfileField.SUBJECTS, "science, math")),
        Arguments.of(
            "profile set tz America/Chicago",
            new ProfileCommand.Set(ProfileField.TIMEZONE, "America/Chicago")),
        Arguments.of("profile snooze 2027-01-15", new ProfileCommand.Snooze("2027-01-15")),
        Arguments.of("profile opt-out", new ProfileCommand.OptOut()),
        Arguments.of("profile optin", new ProfileCommand.OptIn()),
        Arguments.of(
            "profile import\nuser,roles\nU1,peer",
            new ProfileCommand.Import("user,roles\nU1,peer")),
        Arguments.of("pair", new PairCommand.Preview(Optional.empty())),
        Arguments.of(
            "pair preview mentor", new PairCommand.Preview(Optional.of(RoundKind.MENTORING))),
        Arguments.of("pair run", new PairCommand.Run(Optional.empty())),
        Arguments.of("pair stats", new PairCommand.Stats()),
        Arguments.of("pair met", new PairCommand.Respond(PairResponse.MET)),
        Arguments.of("pair not-yet", new PairCommand.Respond(PairResponse.NOT_YET)),
        Arguments.of("pair couldn't", new PairCommand.Respond(PairResponse.COULD_NOT)),
        Arguments.of("pair stay", new PairCommand.Stay()),
        Arguments.of(
            "pair schedule weekly",
            new PairCommand.Schedule(
                PairCommand.Cadence.WEEKLY,
                RoundKind.PEER,
                2,
                DayOfWeek.MONDAY,
                LocalTime.of(9, 0),
                7)),
        Arguments.of(
            "pair schedule biweekly peer size 3 tue 15:30 follow-up 5d",
            new PairCommand.Schedule(
                PairCommand.Cadence.BIWEEKLY,
                RoundKind.PEER,
                3,
                DayOfWeek.TUESDAY,
                LocalTime.of(15, 30),
                5)),
        Arguments.of(
            "pair schedule monthly mentor fri 8am",
            new PairCommand.Schedule(
                PairCommand.Cadence.MONTHLY,
                RoundKind.MENTORING,
                2,
                DayOfWeek.FRIDAY,
                LocalTime.of(8, 0),
                7)));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invalid")
  void badInputIsExplained(String text, String message) {
    ParseResult result = Fixtures.parser().parse(text);
    assertThat(result).isInstanceOf(ParseResult.ParseError.class);
    assertThat(((ParseResult.ParseError) result).message()).contains(message);
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("pair schedule daily", "weekly, biweekly or monthly"),
        Arguments.of("pair schedule weekly size 7", "group size"),
        Arguments.of("pair schedule weekly mentor size 3", "Mentoring rounds pair one mentor"),
        Arguments.of("pair schedule weekly mon,wed", "one weekday"),
        Arguments.of("pair schedule weekly follow-up 40d", "follow-up days"),
        Arguments.of("profile set colour blue", "is not a profile field"),
        Arguments.of("profile import user,roles", "on the lines after profile import"));
  }
}
