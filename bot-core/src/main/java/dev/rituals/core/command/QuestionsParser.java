package dev.rituals.core.command;

import dev.rituals.core.command.Command.QuestionsList;
import dev.rituals.core.command.Command.QuestionsRemove;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** {@code questions add|list|remove}. */
final class QuestionsParser {
  private static final Set<String> TAG_WORDS = Set.of("tags", "tag");

  private QuestionsParser() {}

  static Command parse(TokenCursor c) {
    if (!c.hasNext()) {
      return new QuestionsList(Optional.empty());
    }
    String sub = Topic.QUESTIONS.subcommand(c.next());
    c.usage(Usage.of(Topic.QUESTIONS, sub));
    Command command =
        switch (sub) {
          case "add" -> add(c);
          case "list" ->
              new QuestionsList(
                  c.hasNext() ? Optional.of(new Tag(c.next().text())) : Optional.empty());
          default ->
              new QuestionsRemove(
                  Words.wholeNumber(
                      c.require("the question's number (see questions list)"),
                      "question number",
                      1,
                      9999));
        };
    c.expectEnd();
    return command;
  }

  /** The question, quoted or not, then "tags a,b" or "tags a b". */
  private static QuestionsAdd add(TokenCursor c) {
    QuotedText text = c.text("the question", TAG_WORDS);
    Set<Tag> tags = new LinkedHashSet<>();
    if (c.hasNext()) {
      Token word = c.next();
      if (!word.is("tags") && !word.is("tag")) {
        throw c.unexpected(word, "After the question only tags <a,b> may follow.");
      }
      c.require("the tags (e.g. routines,planning)");
      c.back();
      while (c.hasNext()) {
        for (String part : c.next().text().split(",")) {
          if (!part.isBlank()) {
            tags.add(new Tag(part));
          }
        }
      }
    }
    return new QuestionsAdd(text, tags);
  }
}
