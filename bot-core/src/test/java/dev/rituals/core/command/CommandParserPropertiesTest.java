package dev.rituals.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.command.ParseResult.ParseError;
import dev.rituals.core.command.ParseResult.Parsed;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Whatever people (or a cat on the keyboard) type, the parser answers and never throws. */
class CommandParserPropertiesTest {
  private static final List<String> VOCABULARY =
      List.of(
          "/rituals",
          "help",
          "?",
          "community",
          "create",
          "info",
          "join",
          "leave",
          "domain",
          "tz",
          "schedule",
          "add",
          "list",
          "show",
          "pause",
          "resume",
          "delete",
          "next",
          "questions",
          "remove",
          "tags",
          "ask",
          "now",
          "report",
          "from",
          "to",
          "since",
          "prompt",
          "weekly",
          "daily",
          "live-chat",
          "slow-chat",
          "mon",
          "fri,",
          "mon,wed",
          "weekdays",
          "friday",
          "fryday",
          "and",
          "on",
          "at",
          "every",
          "7am",
          "7",
          "pm",
          "07:00",
          "19:05",
          "25:00",
          "7:30pm",
          "noon",
          "America/New_York",
          "london",
          "EST",
          "UTC",
          "+02:00",
          "Europe/Londn",
          "bank",
          "assessment",
          "window",
          "3d",
          "2h",
          "90m",
          "0m",
          "questions",
          "days",
          "5",
          "0",
          "21",
          "-1",
          "#2",
          "3f9a",
          "zzzz",
          "2026-09-01",
          "2026-09-01..2026-10-31",
          "2026-10-31..2026-09-01",
          "last-week",
          "this-month",
          "last-30-days",
          "last",
          "week",
          "\"What did you try?\"",
          "“smart quoted”",
          "‘single’",
          "\"",
          "“",
          "\"\"",
          "\\\"",
          "🎉",
          "\u0000",
          "\t",
          "…",
          "a,b",
          "#tag",
          "x".repeat(50));

  private final CommandParser parser = Fixtures.parser();

  @Property(tries = 2000)
  void anyStringYieldsAParsedCommandOrAnExplainedError(@ForAll String text) {
    assertWellFormed(parser.parse(text));
  }

  @Property(tries = 200)
  void hugeStringsAreAnsweredToo(@ForAll @StringLength(min = 3000, max = 9000) String text) {
    assertWellFormed(parser.parse(text));
  }

  @Property(tries = 3000)
  void tokenSoupsFromTheGrammarsVocabularyNeverThrow(@ForAll("soups") String text) {
    assertWellFormed(parser.parse(text));
  }

  @Property(tries = 1000)
  void soupsAfterAValidPrefixNeverThrow(@ForAll("prefixedSoups") String text) {
    assertWellFormed(parser.parse(text));
  }

  @Example
  void nullIsReadAsEmptyAndAsksForHelp() {
    assertThat(parser.parse(null)).isInstanceOf(Parsed.class);
  }

  @Example
  void everyUsageExampleParses() {
    for (Usage usage : Usage.values()) {
      assertThat(parser.parse(usage.example())).as(usage.example()).isInstanceOf(Parsed.class);
    }
  }

  @Provide
  Arbitrary<String> soups() {
    return Arbitraries.of(VOCABULARY).list().ofMaxSize(12).map(words -> String.join(" ", words));
  }

  @Provide
  Arbitrary<String> prefixedSoups() {
    Arbitrary<String> prefix =
        Arbitraries.of(
            "schedule add weekly fri 7am",
            "schedule add live-chat thu 7pm",
            "schedule add slow-chat mon 08:00",
            "community create \"Science\"",
            "questions add \"Why?\"",
            "report",
            "ask now",
            "schedule show");
    return prefix.flatMap(p -> soups().map(s -> p + " " + s));
  }

  /** Every error explains itself, and its example is a command that works. */
  private void assertWellFormed(ParseResult result) {
    assertThat(result).isNotNull();
    if (result instanceof ParseError error) {
      assertThat(error.message()).isNotBlank();
      assertThat(error.example()).isNotBlank();
      assertThat(parser.parse(error.example())).as(error.example()).isInstanceOf(Parsed.class);
    }
  }
}
