package dev.rituals.core.pairing;

/**
 * The stated weight a round maximises, in score units per shared item or per hour.
 *
 * <p>Score of a pair = subjectOverlap × shared subjects + gradeBandOverlap × shared grade bands +
 * interestFit × shared goals/interests (each count capped at {@link #MAX_COUNTED_OVERLAP}) +
 * crossSchoolBonus when both schools are known and differ + experienceGap × fit of the experience
 * gap (mentor rounds only; 1 at the ideal gap, falling off either side, 0 when the mentor is not
 * more experienced) − timeZonePenaltyPerHour × hours between the two time zones on the round date.
 *
 * <p>Each weight is bounded (0..{@link #MAX_WEIGHT}, penalty 0..{@link #MAX_PENALTY_PER_HOUR}) so
 * that integer scores times the tie-break factor stay far inside the exact range of the matching
 * solver's floating point arithmetic.
 */
public record PairingWeights(
    double subjectOverlap,
    double gradeBandOverlap,
    double interestFit,
    double experienceGap,
    double crossSchoolBonus,
    double timeZonePenaltyPerHour) {
  public static final double MAX_WEIGHT = 20;
  public static final double MAX_PENALTY_PER_HOUR = 10;

  /** A sixth shared subject says no more about fit than five do. */
  public static final int MAX_COUNTED_OVERLAP = 5;

  public PairingWeights {
    check(subjectOverlap, "subjectOverlap", MAX_WEIGHT);
    check(gradeBandOverlap, "gradeBandOverlap", MAX_WEIGHT);
    check(interestFit, "interestFit", MAX_WEIGHT);
    check(experienceGap, "experienceGap", MAX_WEIGHT);
    check(crossSchoolBonus, "crossSchoolBonus", MAX_WEIGHT);
    check(timeZonePenaltyPerHour, "timeZonePenaltyPerHour", MAX_PENALTY_PER_HOUR);
  }

  /** Subjects matter most, then grade bands; a cross-school meeting is worth a shared subject. */
  public static PairingWeights defaults() {
    return new PairingWeights(3, 2, 1, 3, 2, 0.5);
  }

  /** Every pair scores the same: only hard constraints and the tie-break decide. */
  public static PairingWeights none() {
    return new PairingWeights(0, 0, 0, 0, 0, 0);
  }

  private static void check(double value, String name, double max) {
    if (!(value >= 0 && value <= max)) {
      throw new IllegalArgumentException(name + " must be between 0 and " + max);
    }
  }
}
