package dev.rituals.core.pairing;

/**
 * The stated weight of {@link PairingWeights} for one pair, in integer points (1 score unit = 100
 * points). Integers keep the matching exact: the solvers compare sums of doubles that are all whole
 * numbers far below 2^53.
 */
final class PairScorer {
  static final int POINTS_PER_UNIT = 100;

  private final Roster roster;
  private final int subject;
  private final int grade;
  private final int interest;
  private final int experience;
  private final int crossSchool;
  private final double penaltyPerMinute;
  private final int idealGap;

  PairScorer(Roster roster, PairingSettings settings) {
    this.roster = roster;
    PairingWeights w = settings.weights();
    this.subject = points(w.subjectOverlap());
    this.grade = points(w.gradeBandOverlap());
    this.interest = points(w.interestFit());
    this.experience = points(w.experienceGap());
    this.crossSchool = points(w.crossSchoolBonus());
    this.penaltyPerMinute = w.timeZonePenaltyPerHour() * POINTS_PER_UNIT / 60.0;
    this.idealGap = settings.idealExperienceGapYears();
  }

  private static int points(double weight) {
    return (int) Math.round(weight * POINTS_PER_UNIT);
  }

  /** Peer score of i and j (symmetric). */
  int peer(int i, int j) {
    int cap = PairingWeights.MAX_COUNTED_OVERLAP;
    int score =
        subject * Math.min(cap, roster.subjects.shared(i, j))
            + grade * Math.min(cap, roster.gradeBands.shared(i, j))
            + interest * Math.min(cap, roster.interests.shared(i, j));
    if (roster.differentSchools(i, j) == 1) {
      score += crossSchool;
    }
    int gap = roster.offsetGapMinutes(i, j);
    if (gap > 0) {
      score -= (int) Math.round(penaltyPerMinute * gap);
    }
    return score;
  }

  /** Mentoring score: the peer score plus how close the experience gap is to the ideal. */
  int mentoring(int mentor, int mentee) {
    return peer(mentor, mentee)
        + (int) Math.round(experience * experienceFit(roster.years(mentor) - roster.years(mentee)));
  }

  /**
   * 1 at the ideal gap, ideal/(ideal + distance) away from it, and 0 when the mentor is not more
   * experienced: a veteran mentoring a novice still scores, just less than the ideal gap.
   */
  double experienceFit(int gap) {
    if (gap <= 0) {
      return 0;
    }
    return idealGap / (double) (idealGap + Math.abs(gap - idealGap));
  }

  static double toScore(long points) {
    return points / (double) POINTS_PER_UNIT;
  }
}
