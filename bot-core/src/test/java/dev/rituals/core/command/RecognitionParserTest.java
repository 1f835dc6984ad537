package dev.rituals.core.command;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RecognitionParserTest {
  CommandParser parser =
      new CommandParser(Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC));

  Command parse(String text) {
    ParseResult result = parser.parse(text);
    assertThat(result).as(text).isInstanceOf(ParseResult.Parsed.class);
    return ((ParseResult.Parsed) result).command();
  }

  ParseResult.ParseError error(String text) {
    ParseResult result = parser.parse(text);
    assertThat(result).as(text).isInstanceOf(ParseResult.ParseError.class);
    return (ParseResult.ParseError) result;
  }

  @Test
  void badgesAndMyCommands() {
    assertThat(parse("my badges")).isEqualTo(new MyBadges());
    assertThat(parse("badges")).isEqualTo(new MyBadges());
    assertThat(parse("badge list")).isEqualTo(new MyBadges());
    assertThat(parse("badges announce off")).isEqualTo(new BadgesAnnounce(false));
    assertThat(parse("BADGES ANNOUNCE ON")).isEqualTo(new BadgesAnnounce(true));
    assertThat(parse("my data")).isEqualTo(new MyData());
    assertThat(error("badges announce maybe").message()).contains("\"maybe\" was not expected");
    assertThat(error("my stuff").message()).contains("not a subcommand of my");
  }

  @Test
  void pdRuleTakesMinutesPerActivityInAnyOrder() {
    assertThat(parse("pd rule")).isEqualTo(new PdRuleShow());
    assertThat(parse("pd rule live-chat 60m prompt 10m mentoring 30m"))
        .isEqualTo(
            new PdRuleSet(
                Optional.of(Duration.ofMinutes(60)),
                Optional.of(Duration.ofMinutes(10)),
                Optional.of(Duration.ofMinutes(30))));
    assertThat(parse("pd rule mentoring 1h30m prompt 5"))
        .isEqualTo(
            new PdRuleSet(
                Optional.empty(),
                Optional.of(Duration.ofMinutes(5)),
                Optional.of(Duration.ofMinutes(90))));
    assertThat(error("pd rule prompt").message()).contains("Missing the time it counts for");
    assertThat(error("pd rule prompt 10m prompt 5m").message()).contains("at most once each");
    assertThat(error("pd rule live-chat 9h").message()).contains("at most 8h");
    assertThat(error("pd rule prompt soon").code()).isEqualTo(ErrorCode.BAD_DURATION);
  }

  @Test
  void pdStatementTakesTheReportDateFormsAndDefaultsToAYear() {
    assertThat(parse("pd statement 2026-09-01 2026-10-31"))
        .isEqualTo(
            new PdStatementFor(
                new DateRange(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31))));
    assertThat(((PdStatementFor) parse("pd statement")).range().to())
        .isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(((PdStatementFor) parse("pd statement")).range().from())
        .isEqualTo(LocalDate.of(2025, 11, 21));
    assertThat(error("pd statement someday").message()).contains("is not a date");
  }

  @Test
  void forgetMeNeedsConfirmAndCommunityPrivacySettings() {
    assertThat(parse("forget me")).isEqualTo(new ForgetMe(false));
    assertThat(parse("forget me confirm")).isEqualTo(new ForgetMe(true));
    assertThat(error("forget you").message()).contains("not a subcommand of forget");
    assertThat(parse("community retention")).isEqualTo(new RetentionShow());
    assertThat(parse("community retention 365")).isEqualTo(new RetentionSet(OptionalInt.of(365)));
    assertThat(parse("community retention 90d")).isEqualTo(new RetentionSet(OptionalInt.of(90)));
    assertThat(parse("community retention forever"))
        .isEqualTo(new RetentionSet(OptionalInt.empty()));
    assertThat(parse("community forget delete")).isEqualTo(new ForgetPolicySet(true));
    assertThat(parse("community forget anonymize")).isEqualTo(new ForgetPolicySet(false));
    assertThat(error("community retention 0").message()).contains("between 1 and 3650");
    assertThat(error("community forget maybe").message()).contains("delete or community forget");
    assertThat(parse("community info")).isInstanceOf(Command.CommunityInfo.class);
  }
}
