package dev.rituals.core.pairing;

import java.util.ArrayList;
import java.util.List;

/**
 * A group being built, by roster index; {@code joined} is who was added to avoid leaving them out.
 */
final class Draft {
  final List<Integer> members = new ArrayList<>();
  int joined = -1;

  Draft(int... people) {
    for (int p : people) {
      members.add(p);
    }
  }

  Draft(List<Integer> people) {
    members.addAll(people);
  }

  int size() {
    return members.size();
  }

  /** Whether {@code person} may join: no hard constraint with anyone already in. */
  boolean accepts(int person, Roster roster) {
    for (int m : members) {
      if (!roster.allowed(person, m)) {
        return false;
      }
    }
    return true;
  }

  /** Score gained if {@code person} joins: their points with every member. */
  long gainIf(int person, PairScorer scorer) {
    long gain = 0;
    for (int m : members) {
      gain += scorer.peer(person, m);
    }
    return gain;
  }

  long points(PairScorer scorer) {
    long total = 0;
    for (int a = 0; a < members.size(); a++) {
      for (int b = a + 1; b < members.size(); b++) {
        total += scorer.peer(members.get(a), members.get(b));
      }
    }
    return total;
  }

  int first() {
    return members.stream().mapToInt(Integer::intValue).min().orElseThrow();
  }
}
