package dev.rituals.core.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A community's pairing ritual: rounds of one kind at a cadence, on a weekday at a local time in
 * the community's zone, with a "did you meet?" follow-up some days after the intros. One per
 * community and kind; scheduling again replaces it.
 *
 * @param everyWeeks 1 (weekly), 2 (every two weeks) or 4 (monthly: the first such weekday)
 * @param kind "PEER" or "MENTORING" (core.pairing.RoundKind's names; the model does not depend on
 *     the engine)
 */
public record PairingRitual(
    CommunityId communityId,
    String kind,
    int everyWeeks,
    int groupSize,
    DayOfWeek day,
    LocalTime time,
    int followUpDays,
    boolean active) {
  public PairingRitual {
    Objects.requireNonNull(communityId, "communityId");
    if (!kind.equals("PEER") && !kind.equals("MENTORING")) {
      throw new IllegalArgumentException("kind must be PEER or MENTORING");
    }
    if (everyWeeks != 1 && everyWeeks != 2 && everyWeeks != 4) {
      throw new IllegalArgumentException("everyWeeks must be 1, 2 or 4");
    }
    if (groupSize < 2 || groupSize > 4) {
      throw new IllegalArgumentException("groupSize must be 2 to 4");
    }
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(time, "time");
    if (followUpDays < 1 || followUpDays > 28) {
      throw new IllegalArgumentException("followUpDays must be 1 to 28");
    }
  }

  /** The id its Quartz job has: one per community and kind. */
  public String key() {
    return communityId + ":" + kind;
  }
}
