package dev.rituals.core.command;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** Adds a question to the community's bank, with optional tags. */
public record QuestionsAdd(QuotedText text, Set<Tag> tags) implements Command {
  static final int MAX_TAGS = 10;

  public QuestionsAdd {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(tags, "tags");
    tags = Collections.unmodifiableSet(new LinkedHashSet<>(tags)); // keeps the order typed
    if (tags.size() > MAX_TAGS) {
      throw new CommandSyntaxException(
          ErrorCode.BAD_TAG, "A question can have up to " + MAX_TAGS + " tags.");
    }
  }
}
