package dev.rituals.core.command;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Adds many questions to the bank at once, parsed from the lines after {@code questions import}:
 * one question per line, or CSV with a {@code question,tags} header. Only a list whose every line
 * is a valid question gets this far; a list with a bad line is a parse error naming each bad line,
 * so nothing of it is stored.
 */
public record QuestionsImport(List<Line> questions) implements Command {
  public static final int MAX_QUESTIONS = 200;

  public QuestionsImport {
    questions = List.copyOf(questions);
    if (questions.isEmpty()) {
      throw new CommandSyntaxException(
          ErrorCode.BAD_IMPORT, "There is nothing to import: put one question per line after it.");
    }
    if (questions.size() > MAX_QUESTIONS) {
      throw new CommandSyntaxException(
          ErrorCode.BAD_IMPORT,
          "That is "
              + questions.size()
              + " questions; import up to "
              + MAX_QUESTIONS
              + " at a time.");
    }
  }

  /** One question of the list, with the line it came from (1 = the first line of the list). */
  public record Line(int line, QuotedText text, Set<Tag> tags) {
    public Line {
      Objects.requireNonNull(text, "text");
      tags = Collections.unmodifiableSet(new LinkedHashSet<>(tags));
      if (tags.size() > QuestionsAdd.MAX_TAGS) {
        throw new CommandSyntaxException(
            ErrorCode.BAD_TAG, "A question can have up to " + QuestionsAdd.MAX_TAGS + " tags.");
      }
    }
  }
}
