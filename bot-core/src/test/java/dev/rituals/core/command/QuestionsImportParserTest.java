package dev.rituals.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.command.ParseResult.ParseError;
import dev.rituals.core.command.ParseResult.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "questions import": one question per line, or CSV with a header; every bad line reported. */
class QuestionsImportParserTest {
  private final CommandParser parser = Fixtures.parser();

  private QuestionsImport parsed(String text) {
    ParseResult result = parser.parse(text);
    assertThat(result).as(text).isInstanceOf(Parsed.class);
    return (QuestionsImport) ((Parsed) result).command();
  }

  private ParseError error(String text) {
    ParseResult result = parser.parse(text);
    assertThat(result).as(text).isInstanceOf(ParseError.class);
    return (ParseError) result;
  }

  private static List<String> lines(QuestionsImport command) {
    return command.questions().stream()
        .map(
            q ->
                q.line()
                    + ": "
                    + q.text()
                    + (q.tags().isEmpty() ? "" : " " + q.tags().stream().map(Tag::value).toList()))
        .toList();
  }

  @Test
  void onePerLineWithBulletsNumbersAndBlankLinesDroppedAndHashtagsAsTags() {
    QuestionsImport command =
        parsed(
            "questions import\n"
                + "- What surprised you this week?\n"
                + "\n"
                + "2. Which routine saves you time? #routines #planning\n"
                + "• How do you open a lesson?  \n"
                + "Q4: What is C# good for?");

    assertThat(lines(command))
        .containsExactly(
            "1: What surprised you this week?",
            "3: Which routine saves you time? [planning, routines]",
            "4: How do you open a lesson?",
            "5: What is C# good for?");
  }

  @Test
  void tagsOnTheCommandLineApplyToEveryQuestion() {
    QuestionsImport command =
        parsed("/rituals question import tags reflection, goals\nOne?\nTwo? #extra");

    assertThat(lines(command))
        .containsExactly("1: One? [reflection, goals]", "2: Two? [reflection, goals, extra]");
  }

  @Test
  void aQuotedBlockOrTextOnTheFirstLineIsPartOfTheList() {
    assertThat(lines(parsed("questions import \"First?\nSecond?\"")))
        .containsExactly("1: First?", "2: Second?");
    assertThat(lines(parsed("questions import tags a \"First?\nSecond?\"")))
        .containsExactly("1: First? [a]", "2: Second? [a]");
    assertThat(lines(parsed("questions import First?\nSecond?")))
        .containsExactly("1: First?", "2: Second?");
  }

  @Test
  void csvWithAHeaderReadsQuotedCommasQuotesLineBreaksAndATagsColumn() {
    QuestionsImport command =
        parsed(
            "questions import\n"
                + "question,tags\n"
                + "\"What, if anything, changed?\",reflection\n"
                + "\"Which \"\"hook\"\" works?\",\"openers,routines\"\n"
                + "\"A question\n"
                + "over two lines?\",\n"
                + "Plain one?,a;b c");

    assertThat(lines(command))
        .containsExactly(
            "2: What, if anything, changed? [reflection]",
            "3: Which \"hook\" works? [openers, routines]",
            "4: A question\nover two lines?",
            "6: Plain one? [a, b, c]");
  }

  @Test
  void everyBadLineIsNamedWithItsNumberAndNothingIsParsed() {
    ParseError error =
        error(
            "questions import\n"
                + "Fine?\n"
                + "- \n"
                + "x".repeat(3001)
                + "\n"
                + "Bad tag? #"
                + "t".repeat(40)
                + "\n"
                + "Also fine?");

    assertThat(error.code()).isEqualTo(ErrorCode.BAD_IMPORT);
    assertThat(error.message())
        .startsWith("Nothing was imported: 3 lines need fixing first.")
        .contains("Line 2 has no question.")
        .contains("Line 3 (\"xxxx")
        .contains("keep it to 3000")
        .contains("Line 4 (\"Bad tag?")
        .doesNotContain("Line 1")
        .doesNotContain("Line 5");
    assertThat(parser.parse(error.example())).isInstanceOf(Parsed.class);
  }

  @Test
  void csvRowsWithTooManyColumnsOrAnOpenQuoteAreReported() {
    ParseError error =
        error("questions import\nquestion,tags\nOk?,a\nOne, two, three?,b\n\"Never closed?,c");

    assertThat(error.message())
        .contains("Line 3 (\"One, two, three?,b\"): has 4 columns, the header 2")
        .contains("Line 4")
        .contains("never closed");
  }

  @Test
  void anEmptyListTooManyQuestionsOrAHugePasteAreRefused() {
    assertThat(error("questions import").message()).contains("nothing to import");
    assertThat(error("questions import tags reflection\n\n").message())
        .contains("nothing to import");
    StringBuilder many = new StringBuilder("questions import");
    for (int i = 0; i < 201; i++) {
      many.append("\nQuestion ").append(i).append('?');
    }
    assertThat(error(many.toString()).message()).contains("import up to 200");
    assertThat(error("questions import\n" + "y".repeat(40_000)).code())
        .isEqualTo(ErrorCode.TOO_LONG);
  }

  @Test
  void templatesAreListedOrNamedAndAnUnknownNameGetsASuggestion() {
    assertThat(((Parsed) parser.parse("questions template")).command())
        .isEqualTo(new Command.QuestionsTemplate(java.util.Optional.empty()));
    assertThat(((Parsed) parser.parse("questions templates FriYay")).command())
        .isEqualTo(new Command.QuestionsTemplate(java.util.Optional.of("friyay")));
    ParseError error = error("questions template reflections");
    assertThat(error.code()).isEqualTo(ErrorCode.UNKNOWN_TEMPLATE);
    assertThat(error.message()).contains("Did you mean \"reflection\"?").contains("goal-check-in");
  }

  @Test
  void helpForQuestionsListsTheTemplates() {
    assertThat(HelpText.forTopic(Topic.QUESTIONS, "/rituals "))
        .contains("friyay", "reflection", "problem-of-practice", "resource-share", "goal-check-in")
        .contains("/rituals questions import");
  }
}
