package dev.rituals.core.recognition;

import java.time.Duration;
import java.util.Objects;

/**
 * How much professional-development time each kind of activity counts for, as set by a moderator:
 * per attended live chat, per answered prompt (prompts and slow-chat questions), per mentoring
 * meeting.
 */
public record PdRule(Duration perLiveChat, Duration perPrompt, Duration perMentoringMeeting) {
  /** A day per activity is far beyond any credible rule; it is a typo. */
  public static final Duration MAX_PER_ACTIVITY = Duration.ofHours(8);

  public static final PdRule NONE = new PdRule(Duration.ZERO, Duration.ZERO, Duration.ZERO);

  public PdRule {
    check(perLiveChat, "live chat");
    check(perPrompt, "prompt");
    check(perMentoringMeeting, "mentoring meeting");
  }

  private static void check(Duration value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isNegative() || value.compareTo(MAX_PER_ACTIVITY) > 0) {
      throw new IllegalArgumentException(
          "minutes per " + what + " must be between 0 and " + MAX_PER_ACTIVITY.toMinutes());
    }
  }

  public boolean isSet() {
    return !equals(NONE);
  }
}
