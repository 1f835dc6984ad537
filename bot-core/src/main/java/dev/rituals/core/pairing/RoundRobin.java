package dev.rituals.core.pairing;

import java.util.Set;

/**
 * The circle method: a fixed schedule of n−1 rounds (n rounds when n is odd, one person sitting out
 * each) in which every two of n people meet exactly once.
 *
 * <p>Why it is here: a maximum-weight matching alone can paint itself into a corner. With all
 * scores equal, round after round of arbitrary perfect matchings can leave an allowed graph with no
 * perfect matching (for six people, two disjoint triangles after three rounds), long before n−1
 * rounds. The engine therefore adds a tie-break bonus to the pairs of one schedule round that no
 * hard constraint touches; when scores tie, the optimum is exactly that round, so with no
 * constraint but recency the rounds walk the schedule and n people get n−1 rounds without a repeat.
 *
 * <p>Positions 0..slots−2 sit on a circle and slots−1 is fixed in the middle. In round r, positions
 * r+k and r−k (mod slots−1) meet for every k, and r meets the fixed position. So i and j meet in
 * the round r with 2r ≡ i + j; 2 is invertible because slots−1 is odd. With an odd count a dummy
 * takes the fixed position; whoever meets it is the odd one out of that round.
 */
final class RoundRobin {
  private final int n;
  private final int fixed;
  private final int circle;
  private final long halfMod;

  RoundRobin(int n) {
    this.n = n;
    int slots = n % 2 == 0 ? n : n + 1;
    this.fixed = slots - 1;
    this.circle = Math.max(1, slots - 1);
    this.halfMod = (circle + 1) / 2;
  }

  /** Number of rounds in the schedule. */
  int rounds() {
    return n < 2 ? 0 : circle;
  }

  /** The schedule round in which positions i and j meet. */
  int roundOf(int i, int j) {
    if (i == fixed) {
      return j;
    }
    if (j == fixed) {
      return i;
    }
    return (int) (((long) i + j) * halfMod % circle);
  }

  /** Who position i meets in the given round, or -1 when i is the odd one out. */
  int partner(int i, int round) {
    int p;
    if (i == fixed) {
      p = round;
    } else {
      p = Math.floorMod(2 * round - i, circle);
      if (p == i) {
        p = fixed;
      }
    }
    return p >= n ? -1 : p;
  }

  /** How many forbidden pairs fall in each schedule round. */
  int[] forbiddenPerRound(Set<Long> forbiddenPairs) {
    int[] forbidden = new int[rounds()];
    for (long key : forbiddenPairs) {
      forbidden[roundOf((int) (key >>> 32), (int) key)]++;
    }
    return forbidden;
  }

  /**
   * The schedule round to prefer: the one fewest forbidden pairs fall in (earliest on a tie). After
   * k rounds that followed the schedule, rounds 0..k−1 are fully forbidden and round k is free.
   */
  static int preferredRound(int[] forbiddenPerRound) {
    if (forbiddenPerRound.length == 0) {
      return -1;
    }
    int best = 0;
    for (int r = 1; r < forbiddenPerRound.length; r++) {
      if (forbiddenPerRound[r] < forbiddenPerRound[best]) {
        best = r;
      }
    }
    return best;
  }
}
