package dev.rituals.core.command;

import java.util.Objects;
import java.util.Optional;

/** Where a ritual's questions come from. */
public sealed interface QuestionSource {

  /** The same question every time, typed in the command. */
  record FixedQuestion(QuotedText text) implements QuestionSource {
    public FixedQuestion {
      Objects.requireNonNull(text, "text");
    }
  }

  /** Drawn from the community's question bank, optionally only questions with this tag. */
  record FromBank(Optional<Tag> tag) implements QuestionSource {
    public FromBank {
      Objects.requireNonNull(tag, "tag");
    }

    public static FromBank any() {
      return new FromBank(Optional.empty());
    }
  }
}
