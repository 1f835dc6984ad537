package dev.rituals.core.recognition;

import dev.rituals.core.model.Community;
import java.time.Clock;
import java.time.Duration;

/** Deletes a community's answers older than its retention period, when it has one. */
public final class RetentionJob {
  private final RecognitionPorts recognition;
  private final Clock clock;

  public RetentionJob(RecognitionPorts recognition, Clock clock) {
    this.recognition = recognition;
    this.clock = clock;
  }

  /**
   * @return how many answers were deleted
   */
  public int apply(Community community) {
    return recognition
        .settings()
        .settings(community.id())
        .retention()
        .days()
        .map(
            days ->
                recognition
                    .eraser()
                    .deleteAnswersBefore(
                        community.id(), clock.instant().minus(Duration.ofDays(days))))
        .orElse(0);
  }
}
