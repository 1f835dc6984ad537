package dev.rituals.core.pairing;

import java.util.ArrayList;
import java.util.List;

/**
 * Places people the matching left alone (the odd one of an odd count, or someone whose allowed
 * partners were all taken) into an existing group rather than leaving them out.
 *
 * <p>The group chosen is the one the person scores best with, among groups below the size limit
 * where no hard constraint is broken with any member. Ties matter when scores are equal (the
 * round-robin setting): a trio uses up two pairs that belong to later schedule rounds, and each
 * schedule round it touches can no longer be played whole. So on a tie the group that touches the
 * fewest untouched schedule rounds wins (damage concentrates in rounds already given up, which for
 * an odd count of n ≥ 7 roughly doubles the rounds without a repeat), then the group whose pairs
 * are scheduled latest.
 */
final class OddOneOut {
  private final Roster roster;
  private final PairScorer scorer;
  private final RoundRobin schedule;
  private final int round;
  private final int[] forbiddenPerRound;

  OddOneOut(
      Roster roster, PairScorer scorer, RoundRobin schedule, int round, int[] forbiddenPerRound) {
    this.forbiddenPerRound = forbiddenPerRound;
    this.roster = roster;
    this.scorer = scorer;
    this.schedule = schedule;
    this.round = round;
  }

  /**
   * @return the singles no group could take
   */
  List<Integer> place(List<Draft> drafts, List<Integer> singles, int maxSize, boolean markJoined) {
    List<Integer> unplaced = new ArrayList<>();
    for (int single : singles) {
      Draft best = null;
      long bestGain = Long.MIN_VALUE;
      int bestLater = -1;
      int bestDamage = Integer.MAX_VALUE;
      for (Draft d : drafts) {
        if (d.size() >= maxSize || !d.accepts(single, roster)) {
          continue;
        }
        long gain = d.gainIf(single, scorer);
        int damage = untouchedRoundsDamaged(single, d);
        int later = roundsUntilScheduled(single, d);
        if (gain > bestGain
            || (gain == bestGain && damage < bestDamage)
            || (gain == bestGain && damage == bestDamage && later > bestLater)) {
          best = d;
          bestGain = gain;
          bestDamage = damage;
          bestLater = later;
        }
      }
      if (best == null) {
        unplaced.add(single);
      } else {
        best.members.add(single);
        if (markJoined) {
          best.joined = single;
        }
      }
    }
    return unplaced;
  }

  private int untouchedRoundsDamaged(int single, Draft d) {
    int damaged = 0;
    for (int m : d.members) {
      if (forbiddenPerRound[schedule.roundOf(single, m)] == 0) {
        damaged++;
      }
    }
    return damaged;
  }

  private int roundsUntilScheduled(int single, Draft d) {
    int rounds = schedule.rounds();
    int soonest = Integer.MAX_VALUE;
    for (int m : d.members) {
      soonest = Math.min(soonest, Math.floorMod(schedule.roundOf(single, m) - round, rounds));
    }
    return soonest;
  }
}
