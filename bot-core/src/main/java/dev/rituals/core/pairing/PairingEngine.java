package dev.rituals.core.pairing;

/**
 * Pairing rounds for a community of practice: who meets whom this round, why, and who sits out.
 *
 * <p>Pure and deterministic: the same request gives the same round. No persistence, no platform, no
 * clock: the caller passes the members' profiles, the history of past pairs and the round date.
 *
 * <ul>
 *   <li>{@link #peerRound}: an optimal general matching (Blossom V) for the stated weight, with a
 *       round-robin tie-break so that equal scores never dead-end before n−1 rounds (above {@link
 *       PairingSettings#exactUpTo()} members: optimal within blocks, see {@link RoundMatching});
 *       pairs, or groups of three and four; an odd person joins a group instead of being left out.
 *   <li>{@link #mentorRound}: an optimal bipartite matching of mentees to mentors within each
 *       mentor's capacity.
 * </ul>
 *
 * Hard constraints are never broken: nobody is paired with someone on either person's don't-pair
 * list, nor with someone they met within the recency window (unless the follow-up said they did not
 * meet); snoozed and opted-out members are left out with their reason.
 */
public final class PairingEngine {
  private final PeerRoundPlanner peers = new PeerRoundPlanner();
  private final MentorRoundPlanner mentors = new MentorRoundPlanner();

  public PairingRound peerRound(PairingRequest request) {
    return peers.plan(request);
  }

  public PairingRound mentorRound(PairingRequest request) {
    return mentors.plan(request);
  }

  /** Convenience for a ritual that knows its kind. */
  public PairingRound round(RoundKind kind, PairingRequest request) {
    return kind == RoundKind.PEER ? peerRound(request) : mentorRound(request);
  }
}
