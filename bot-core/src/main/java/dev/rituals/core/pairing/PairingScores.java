package dev.rituals.core.pairing;

import dev.rituals.core.model.UserRef;
import java.util.HashMap;
import java.util.Map;

/**
 * The engine's stated weight and hard constraints for any two people of a request, exactly as the
 * planners see them. For checks from outside the engine: the benchmark compares a round's total
 * against an independently computed optimum (Kuhn–Munkres), which needs every pair's weight.
 */
public final class PairingScores {
  private final Roster roster;
  private final PairScorer scorer;
  private final Map<UserRef, Integer> index = new HashMap<>();

  public PairingScores(PairingRequest request) {
    this.roster = new Roster(request.candidates(), request);
    this.scorer = new PairScorer(roster, request.settings());
    for (int i = 0; i < roster.size(); i++) {
      index.put(roster.person(i).user(), i);
    }
  }

  /** The mentoring score of mentor and mentee (peer score plus experience-gap fit). */
  public double mentoring(UserRef mentor, UserRef mentee) {
    return PairScorer.toScore(scorer.mentoring(of(mentor), of(mentee)));
  }

  public double peer(UserRef a, UserRef b) {
    return PairScorer.toScore(scorer.peer(of(a), of(b)));
  }

  /** Whether no hard constraint (don't-pair lists, recency) forbids the pair. */
  public boolean allowed(UserRef a, UserRef b) {
    return roster.allowed(of(a), of(b));
  }

  private int of(UserRef user) {
    Integer i = index.get(user);
    if (i == null) {
      throw new IllegalArgumentException("not a candidate of this request: " + user.userId());
    }
    return i;
  }
}
