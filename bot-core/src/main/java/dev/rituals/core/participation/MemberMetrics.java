package dev.rituals.core.participation;

import dev.rituals.core.model.UserRef;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One member over a report's dates.
 *
 * @param answers answers given (not retracted)
 * @param occurrencesAttended occurrences they answered at least once
 * @param ritualsAttended distinct rituals among those occurrences
 * @param repliesToPeers replies in the threads of other members' answers
 * @param currentStreak consecutive occurrences of the member's rituals answered, counted back from
 *     the latest one in the dates (an occurrence still open and unanswered is skipped)
 * @param longestStreak the longest such run within the dates
 * @param lastActive the latest answer or reply within the dates
 * @param newVoice their first answer in this community ever came within the dates
 * @param member whether they are a member now (answers of people who left still count)
 */
public record MemberMetrics(
    UserRef user,
    String displayName,
    long answers,
    int occurrencesAttended,
    int ritualsAttended,
    long repliesToPeers,
    int currentStreak,
    int longestStreak,
    Optional<Instant> lastActive,
    EngagementLevel level,
    boolean newVoice,
    boolean member) {
  public MemberMetrics {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(lastActive, "lastActive");
    Objects.requireNonNull(level, "level");
    if (currentStreak > longestStreak) {
      throw new IllegalArgumentException("current streak exceeds the longest streak");
    }
  }
}
