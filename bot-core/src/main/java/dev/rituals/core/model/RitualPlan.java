package dev.rituals.core.model;

import java.time.Duration;
import java.util.Objects;

/**
 * How one occurrence of a ritual unfolds: a prompt asks one question; a live chat asks {@code
 * questions} questions {@code every} apart; a slow chat asks one question a day for {@code days}
 * days.
 */
public record RitualPlan(int questions, Duration every, int days) {
  public static final int MAX_QUESTIONS = 20;
  public static final int MAX_DAYS = 14;

  public RitualPlan {
    if (questions < 1 || questions > MAX_QUESTIONS) {
      throw new IllegalArgumentException("questions must be between 1 and " + MAX_QUESTIONS);
    }
    Objects.requireNonNull(every, "every");
    if (every.isNegative()) {
      throw new IllegalArgumentException("every must not be negative");
    }
    if (days < 1 || days > MAX_DAYS) {
      throw new IllegalArgumentException("days must be between 1 and " + MAX_DAYS);
    }
  }

  public static RitualPlan single() {
    return new RitualPlan(1, Duration.ZERO, 1);
  }

  public static RitualPlan liveChat(int questions, Duration every) {
    return new RitualPlan(questions, every, 1);
  }

  public static RitualPlan slowChat(int days) {
    return new RitualPlan(1, Duration.ZERO, days);
  }
}
