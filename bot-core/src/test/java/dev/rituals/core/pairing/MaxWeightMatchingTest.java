package dev.rituals.core.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The solver against exhaustive search: most edges first, then the highest weight. */
class MaxWeightMatchingTest {
  @Test
  void randomGraphsMatchTheBruteForceOptimum() {
    for (long seed = 0; seed < 400; seed++) {
      Random r = new Random(seed);
      int n = 1 + r.nextInt(10);
      EdgeList edges = new EdgeList();
      long[][] w = new long[n][n];
      boolean[][] has = new boolean[n][n];
      double density = r.nextDouble();
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (r.nextDouble() < density) {
            long weight = r.nextInt(41) - 20;
            edges.add(i, j, weight);
            w[i][j] = weight;
            has[i][j] = true;
          }
        }
      }
      int[] mate = MaxWeightMatching.solve(n, edges);
      long pairs = 0;
      long total = 0;
      for (int i = 0; i < n; i++) {
        if (mate[i] >= 0) {
          assertThat(mate[mate[i]]).as("seed %d: symmetric", seed).isEqualTo(i);
          if (mate[i] > i) {
            assertThat(has[i][mate[i]]).as("seed %d: uses an edge", seed).isTrue();
            pairs++;
            total += w[i][mate[i]];
          }
        }
      }
      long[] best = best(n, w, has, new boolean[n], 0);
      assertThat(new long[] {pairs, total}).as("seed %d", seed).containsExactly(best);
    }
  }

  private static long[] best(int n, long[][] w, boolean[][] has, boolean[] used, int from) {
    int i = from;
    while (i < n && used[i]) {
      i++;
    }
    if (i >= n) {
      return new long[] {0, 0};
    }
    used[i] = true;
    long[] best = best(n, w, has, used, i + 1);
    for (int j = i + 1; j < n; j++) {
      if (!used[j] && has[i][j]) {
        used[j] = true;
        long[] rest = best(n, w, has, used, i + 1);
        used[j] = false;
        long[] option = {rest[0] + 1, rest[1] + w[i][j]};
        if (option[0] > best[0] || (option[0] == best[0] && option[1] > best[1])) {
          best = option;
        }
      }
    }
    used[i] = false;
    return best;
  }
}
