package dev.rituals.core.command;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the word a person probably meant ("scheduel" → "schedule") for "Did you mean" hints. */
final class EditDistance {
  /** Beyond this a word is not a typo of anything we know; also bounds the work per word. */
  private static final int MAX_WORD = 40;

  private EditDistance() {}

  /** Levenshtein distance where swapping two neighbours counts as one edit (typing order slips). */
  static int between(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /**
   * The candidate closest to {@code word}, if it is close enough to be a typo: one edit for short
   * words, two for longer ones; a prefix of three or more letters ("sched") also counts.
   */
  static Optional<String> nearest(String word, Collection<String> candidates) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.isEmpty() || w.length() > MAX_WORD) {
      return Optional.empty();
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      String c = candidate.toLowerCase(Locale.ROOT);
      int distance = w.length() >= 3 && c.startsWith(w) ? 1 : between(w, c);
      int allowed = c.length() <= 4 ? 1 : 2;
      if (distance <= allowed && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }
}
