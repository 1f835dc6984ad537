package dev.rituals.core.recognition;

import java.util.Objects;
import java.util.Optional;

/**
 * What happens to a member's answers when they ask to be forgotten (kept without their name, or
 * deleted), and how many days answers are kept at all (empty: for as long as the community lives).
 */
public record RetentionPolicy(Mode mode, Optional<Integer> days) {
  public static final int MAX_DAYS = 3650;
  public static final RetentionPolicy DEFAULT =
      new RetentionPolicy(Mode.ANONYMISE, Optional.empty());

  public enum Mode {
    /** Answers stay in the community's repertoire, credited to "a former member". */
    ANONYMISE,
    /** Answers are deleted with the member. */
    DELETE
  }

  public RetentionPolicy {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(days, "days");
    if (days.isPresent() && (days.get() < 1 || days.get() > MAX_DAYS)) {
      throw new IllegalArgumentException("retention days must be between 1 and " + MAX_DAYS);
    }
  }

  public String describe() {
    String forgotten =
        mode == Mode.ANONYMISE
            ? "answers of members who leave with `forget me` are kept without their name"
            : "answers of members who leave with `forget me` are deleted";
    return forgotten
        + days.map(d -> "; answers older than " + d + " days are deleted")
            .orElse("; answers are kept");
  }
}
