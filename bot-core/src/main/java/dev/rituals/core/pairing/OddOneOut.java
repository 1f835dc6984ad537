package dev.rituals.core.pairing;

import java.util.ArrayList;
import java.util.List;

/**
 * Places people the matching left alone (the odd one of an odd count, or someone whose allowed
 * partners were all taken) into an existing group rather than leaving them out.
 *
 * <p>The group chosen is the one the person scores best with, among groups below the size limit
 * where no hard constraint is broken with any member. On a tie, the group whose members the person
 * would otherwise meet latest in the round-robin schedule wins: a trio uses up two pairs of a later
 * schedule round, and using the latest ones keeps the coming rounds intact for longest.
 */
final class OddOneOut {
  private final Roster roster;
  private final PairScorer scorer;
  private final RoundRobin schedule;
  private final int round;

  OddOneOut(Roster roster, PairScorer scorer, RoundRobin schedule, int round) {
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
      for (Draft d : drafts) {
        if (d.size() >= maxSize || !d.accepts(single, roster)) {
          continue;
        }
        long gain = d.gainIf(single, scorer);
        int later = roundsUntilScheduled(single, d);
        if (gain > bestGain || (gain == bestGain && later > bestLater)) {
          best = d;
          bestGain = gain;
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

  private int roundsUntilScheduled(int single, Draft d) {
    int rounds = schedule.rounds();
    int soonest = Integer.MAX_VALUE;
    for (int m : d.members) {
      soonest = Math.min(soonest, Math.floorMod(schedule.roundOf(single, m) - round, rounds));
    }
    return soonest;
  }
}
