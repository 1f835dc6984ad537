package dev.rituals.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.command.ParseResult.ParseError;
import dev.rituals.core.command.ParseResult.Parsed;
import dev.rituals.core.fuzz.Mutator;
import dev.rituals.core.fuzz.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of thousands of inputs through the grammar: mutations of every usage example (the
 * near-misses that reach deep into the parsers), pure noise, and imports of every shape. The parser
 * answers each with a command or an explained error whose example parses, and never throws.
 */
class CommandGrammarFuzzTest {
  static final int INPUTS = 200_000;

  private final CommandParser parser = Fixtures.parser();

  @Test
  void twoHundredThousandMutatedAndRandomInputsNeverThrow() {
    long seed = Seeds.seed("CommandGrammarFuzzTest", 0x5eedL);
    Random random = new Random(seed);
    Mutator mutator = new Mutator(random);
    List<String> valid = validCommands();
    int parsed = 0;
    for (int i = 0; i < INPUTS; i++) {
      String input =
          switch (random.nextInt(10)) {
            case 0 -> mutator.noise(random.nextInt(120));
            case 1 -> "questions import\n" + mutator.mutate(importBody(random));
            default -> mutator.mutate(valid.get(random.nextInt(valid.size())));
          };
      ParseResult result;
      try {
        result = parser.parse(input);
      } catch (RuntimeException e) {
        throw new AssertionError(label(seed, i, input) + " threw", e);
      }
      assertThat(result).as(label(seed, i, input)).isNotNull();
      if (result instanceof ParseError error) {
        assertThat(error.message())
            .as(label(seed, i, input))
            .isNotBlank()
            .doesNotContain("Exception");
      } else {
        parsed++;
      }
    }
    // The mutations are near-misses, not noise: many still parse, so the deep paths were reached.
    assertThat(parsed).as("seed " + seed + ": inputs that still parsed").isGreaterThan(INPUTS / 20);
  }

  @Test
  void everyErrorsExampleIsACommandThatParses() {
    long seed = Seeds.seed("CommandGrammarFuzzTest.examples", 0xe8a3L);
    Random random = new Random(seed);
    Mutator mutator = new Mutator(random);
    List<String> valid = validCommands();
    for (int i = 0; i < 5_000; i++) {
      String input = mutator.mutate(valid.get(random.nextInt(valid.size())));
      if (parser.parse(input) instanceof ParseError error) {
        assertThat(parser.parse(error.example()))
            .as(label(seed, i, input) + " → example " + error.example())
            .isInstanceOf(Parsed.class);
      }
    }
  }

  @Test
  void inputsOverTheLimitsAreRefusedWithTheLimitNamed() {
    ParseResult longCommand = parser.parse("ask now \"" + "x".repeat(5000) + "\"");
    assertThat(longCommand).isInstanceOf(ParseError.class);
    assertThat(((ParseError) longCommand).message()).contains("4,000");

    ParseResult longQuestion = parser.parse("ask now \"" + "y".repeat(3500) + "\"");
    assertThat(longQuestion).isInstanceOf(ParseError.class);
    assertThat(((ParseError) longQuestion).message()).contains("3,500").contains("3000");

    ParseResult hugeImport =
        parser.parse("questions import\n" + "Why?\n".repeat(CommandParser.MAX_IMPORT_CHARS / 4));
    assertThat(hugeImport).isInstanceOf(ParseError.class);
    assertThat(((ParseError) hugeImport).message()).contains("40,000");
  }

  private static List<String> validCommands() {
    List<String> valid = new ArrayList<>();
    for (Usage usage : Usage.values()) {
      valid.add(usage.example());
    }
    valid.add("report last-week");
    valid.add("report 2026-09-01..2026-10-31");
    valid.add("schedule add prompt weekly mon,wed 07:30 Europe/London bank routines window 2d");
    valid.add("community link K7PX-2QMD");
    valid.add("questions import tags a,b\nquestion,tags\n\"What, then?\",x\n");
    return valid;
  }

  private static String importBody(Random random) {
    StringBuilder body = new StringBuilder(random.nextBoolean() ? "question,tags\n" : "");
    int lines = random.nextInt(30);
    for (int i = 0; i < lines; i++) {
      body.append("Question ").append(i).append("? #tag").append(i % 3).append('\n');
    }
    return body.toString();
  }

  private static String label(long seed, int i, String input) {
    String shown = input.length() <= 200 ? input : input.substring(0, 200) + "…";
    return "seed " + seed + ", input " + i + ": " + shown;
  }
}
