package dev.rituals.core.command;

import dev.rituals.core.command.Command.QuestionsList;
import dev.rituals.core.command.Command.QuestionsRemove;
import dev.rituals.core.command.Command.QuestionsTemplate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** {@code questions add|list|remove|template} ("questions import" has its own parser). */
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
          case "import" ->
              throw new CommandSyntaxException(
                  ErrorCode.BAD_IMPORT,
                  "Put the questions on the lines after questions import, one per line.");
          case "template" -> template(c);
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

  private static QuestionsTemplate template(TokenCursor c) {
    if (!c.hasNext()) {
      return new QuestionsTemplate(Optional.empty());
    }
    Token name = c.next();
    if (name.quoted() || !TemplateNames.ALL.contains(name.lower())) {
      String near =
          EditDistance.nearest(name.lower(), TemplateNames.ALL)
              .map(n -> " Did you mean " + Words.show(n) + "?")
              .orElse("");
      throw new CommandSyntaxException(
          ErrorCode.UNKNOWN_TEMPLATE,
          Words.show(name.text())
              + " is not a template."
              + near
              + " Templates: "
              + String.join(", ", TemplateNames.ALL)
              + ".");
    }
    return new QuestionsTemplate(Optional.of(name.lower()));
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
