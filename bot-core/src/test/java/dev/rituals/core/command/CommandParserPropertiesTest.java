package dev.rituals.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.command.ParseResult.ParseError;
import dev.rituals.core.command.ParseResult.Parsed;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Whatever people (or a cat on the keyboard) type, the parser answers and never throws. Inputs come
 * from seeded generators: a failure names its seed and input, so it reproduces.
 */
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
          "import",
          "import\n",
          "\n",
          "\n- ",
          "template",
          "nudges",
          "off",
          "remind",
          "default",
          "archive",
          "export",
          "friyay",
          "question,tags\n",
          "\"a,b\",c\n",
          "x".repeat(50));

  private static final List<String> PREFIXES =
      List.of(
          "schedule add weekly fri 7am",
          "schedule add live-chat thu 7pm",
          "schedule add slow-chat mon 08:00",
          "community create \"Science\"",
          "questions add \"Why?\"",
          "questions import",
          "questions import\nquestion,tags\n",
          "questions template",
          "schedule remind 1",
          "archive export",
          "nudges",
          "report",
          "ask now",
          "schedule show");

  private final CommandParser parser = Fixtures.parser();

  @Test
  void anyStringYieldsAParsedCommandOrAnExplainedError() {
    forEach(2000, 1L, random -> randomText(random, random.nextInt(80)));
  }

  @Test
  void hugeStringsAreAnsweredToo() {
    forEach(200, 2L, random -> randomText(random, 3000 + random.nextInt(6000)));
  }

  @Test
  void tokenSoupsFromTheGrammarsVocabularyNeverThrow() {
    forEach(3000, 3L, CommandParserPropertiesTest::soup);
  }

  @Test
  void soupsAfterAValidPrefixNeverThrow() {
    forEach(1000, 4L, random -> PREFIXES.get(random.nextInt(PREFIXES.size())) + " " + soup(random));
  }

  @Test
  void nullIsReadAsEmptyAndAsksForHelp() {
    assertThat(parser.parse(null)).isInstanceOf(Parsed.class);
  }

  @Test
  void everyUsageExampleParses() {
    for (Usage usage : Usage.values()) {
      assertThat(parser.parse(usage.example())).as(usage.example()).isInstanceOf(Parsed.class);
    }
  }

  private void forEach(int tries, long seed, Function<Random, String> generator) {
    Random random = new Random(seed);
    for (int i = 0; i < tries; i++) {
      String text = generator.apply(random);
      String label = "seed " + seed + ", try " + i + ": " + abbreviate(text);
      ParseResult result;
      try {
        result = parser.parse(text);
      } catch (RuntimeException e) {
        throw new AssertionError("parser threw for " + label, e);
      }
      assertWellFormed(result, label);
    }
  }

  /** Any code points: letters, control characters, emoji, lone surrogates. */
  private static String randomText(Random random, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(10);
      if (kind < 5) {
        text.append((char) (32 + random.nextInt(95)));
      } else if (kind < 7) {
        text.append((char) random.nextInt(32));
      } else if (kind < 9) {
        text.appendCodePoint(random.nextInt(0x10FFFF - 0x80) + 0x80);
      } else {
        text.append((char) (0xD800 + random.nextInt(0x800)));
      }
    }
    return text.toString();
  }

  private static String soup(Random random) {
    int words = random.nextInt(13);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
    }
    return text.toString();
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "…(" + text.length() + " chars)";
  }

  /** Every error explains itself, and its example is a command that works. */
  private void assertWellFormed(ParseResult result, String label) {
    assertThat(result).as(label).isNotNull();
    if (result instanceof ParseError error) {
      assertThat(error.message()).as(label).isNotBlank();
      assertThat(error.example()).as(label).isNotBlank();
      assertThat(parser.parse(error.example()))
          .as(label + " → " + error.example())
          .isInstanceOf(Parsed.class);
    }
  }
}
