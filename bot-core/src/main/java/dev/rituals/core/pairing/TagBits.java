package dev.rituals.core.pairing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One tag-like profile field (subjects, grade bands or interests) of every person as bit sets, so
 * the overlap of two people is a few AND + bitCount operations: scoring all pairs of 10,000 members
 * (50 million pairs) stays well under a second.
 */
final class TagBits {
  private final int words;
  private final long[] bits;

  TagBits(List<PairingCandidate> people, Function<PairingCandidate, Set<String>> field) {
    Map<String, Integer> vocabulary = new HashMap<>();
    for (PairingCandidate p : people) {
      for (String tag : field.apply(p)) {
        vocabulary.putIfAbsent(normalize(tag), vocabulary.size());
      }
    }
    this.words = Math.max(1, (vocabulary.size() + 63) / 64);
    this.bits = new long[people.size() * words];
    for (int i = 0; i < people.size(); i++) {
      for (String tag : field.apply(people.get(i))) {
        int id = vocabulary.get(normalize(tag));
        bits[i * words + id / 64] |= 1L << (id % 64);
      }
    }
  }

  int shared(int i, int j) {
    int count = 0;
    int a = i * words;
    int b = j * words;
    for (int w = 0; w < words; w++) {
      count += Long.bitCount(bits[a + w] & bits[b + w]);
    }
    return count;
  }

  /** The lowest tag id i has (first in vocabulary order), or Integer.MAX_VALUE when none. */
  int first(int i) {
    for (int w = 0; w < words; w++) {
      long word = bits[i * words + w];
      if (word != 0) {
        return w * 64 + Long.numberOfTrailingZeros(word);
      }
    }
    return Integer.MAX_VALUE;
  }

  /** "7th-Grade Science" and "7th-grade science" are the same tag. */
  static String normalize(String tag) {
    return tag.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
