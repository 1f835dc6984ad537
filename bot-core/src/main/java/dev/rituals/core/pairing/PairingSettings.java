package dev.rituals.core.pairing;

import java.time.Period;
import java.util.Objects;

/**
 * How one community pairs people.
 *
 * @param recencyWindow two people who met within this window before the round date are not paired
 *     again (default 12 weeks)
 * @param groupSize pairs, or groups of three and four (peer rounds only)
 * @param weights what a good pair is worth
 * @param idealExperienceGapYears the mentor–mentee experience gap that scores best
 * @param seed orders members for the round-robin tie-break; keep it constant for a community so
 *     that equal-scored rounds follow one schedule round after round (a new seed starts a new
 *     schedule)
 * @param exactUpTo up to this many members a peer round is optimal over every allowed pair; above
 *     it, members are cut into blocks of at most this many people alike in subject, grade band and
 *     time zone, each block is optimal over each member's {@code candidatesPerMember} best-scoring
 *     allowed partners in it, and leftovers are matched across blocks (see {@link RoundMatching})
 * @param candidatesPerMember k for the sparse candidate graph of each block of a large round
 */
public record PairingSettings(
    Period recencyWindow,
    GroupSize groupSize,
    PairingWeights weights,
    int idealExperienceGapYears,
    long seed,
    int exactUpTo,
    int candidatesPerMember) {
  public static final Period DEFAULT_RECENCY = Period.ofWeeks(12);

  public PairingSettings {
    Objects.requireNonNull(recencyWindow, "recencyWindow");
    if (recencyWindow.isNegative()) {
      throw new IllegalArgumentException("recencyWindow must not be negative");
    }
    Objects.requireNonNull(groupSize, "groupSize");
    Objects.requireNonNull(weights, "weights");
    if (idealExperienceGapYears < 1 || idealExperienceGapYears > 40) {
      throw new IllegalArgumentException("idealExperienceGapYears must be between 1 and 40");
    }
    if (exactUpTo < 2) {
      throw new IllegalArgumentException("exactUpTo must be at least 2");
    }
    if (candidatesPerMember < 1) {
      throw new IllegalArgumentException("candidatesPerMember must be at least 1");
    }
  }

  /**
   * Pairs, 12-week recency, default weights, ideal gap 5 years, exact up to 600 members, k = 30.
   */
  public static PairingSettings defaults() {
    return new PairingSettings(
        DEFAULT_RECENCY, GroupSize.PAIRS, PairingWeights.defaults(), 5, 0L, 600, 30);
  }

  public PairingSettings withRecencyWindow(Period window) {
    return new PairingSettings(
        window, groupSize, weights, idealExperienceGapYears, seed, exactUpTo, candidatesPerMember);
  }

  public PairingSettings withGroupSize(GroupSize size) {
    return new PairingSettings(
        recencyWindow,
        size,
        weights,
        idealExperienceGapYears,
        seed,
        exactUpTo,
        candidatesPerMember);
  }

  public PairingSettings withWeights(PairingWeights newWeights) {
    return new PairingSettings(
        recencyWindow,
        groupSize,
        newWeights,
        idealExperienceGapYears,
        seed,
        exactUpTo,
        candidatesPerMember);
  }

  public PairingSettings withSeed(long newSeed) {
    return new PairingSettings(
        recencyWindow,
        groupSize,
        weights,
        idealExperienceGapYears,
        newSeed,
        exactUpTo,
        candidatesPerMember);
  }

  public PairingSettings withCandidateGraph(int newExactUpTo, int newCandidatesPerMember) {
    return new PairingSettings(
        recencyWindow,
        groupSize,
        weights,
        idealExperienceGapYears,
        seed,
        newExactUpTo,
        newCandidatesPerMember);
  }
}
