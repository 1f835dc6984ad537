package dev.rituals.core.command;

import java.time.Duration;
import java.util.Objects;

/** How a scheduled ritual unfolds in each occurrence; the kind word of "schedule add". */
public sealed interface RitualFormat {

  /** One question per occurrence ("prompt" or "weekly"). */
  record Prompt() implements RitualFormat {}

  /** A synchronous chat: {@code questions} questions Q1..Qn posted {@code every} apart. */
  record LiveChat(int questions, TimeSpan every) implements RitualFormat {
    public static final int DEFAULT_QUESTIONS = 5;
    public static final TimeSpan DEFAULT_EVERY = TimeSpan.ofMinutes(10);
    static final int MAX_QUESTIONS = 20;
    private static final Duration MAX_EVERY = Duration.ofHours(2);

    public LiveChat {
      Objects.requireNonNull(every, "every");
      if (questions < 1 || questions > MAX_QUESTIONS) {
        throw new CommandSyntaxException(
            ErrorCode.BAD_NUMBER,
            "A live chat has 1 to " + MAX_QUESTIONS + " questions, not " + questions + ".");
      }
      if (every.value().compareTo(MAX_EVERY) > 0) {
        throw new CommandSyntaxException(
            ErrorCode.BAD_DURATION,
            Words.show(every.toString())
                + " is too long between live-chat questions; use at most 120m.");
      }
    }

    /** From the first question to the end of the last question's slot. */
    public Duration length() {
      return every.value().multipliedBy(questions);
    }
  }

  /** An asynchronous chat: one question a day for {@code days} days. */
  record SlowChat(int days) implements RitualFormat {
    public static final int DEFAULT_DAYS = 5;
    static final int MIN_DAYS = 2;
    static final int MAX_DAYS = 14;

    public SlowChat {
      if (days < MIN_DAYS || days > MAX_DAYS) {
        throw new CommandSyntaxException(
            ErrorCode.BAD_NUMBER,
            "A slow chat runs " + MIN_DAYS + " to " + MAX_DAYS + " days, not " + days + ".");
      }
    }
  }
}
