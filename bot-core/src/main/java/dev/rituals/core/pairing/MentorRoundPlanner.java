package dev.rituals.core.pairing;

import dev.rituals.core.model.UserRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.MaximumWeightBipartiteMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.util.SupplierUtil;

/**
 * A mentoring round: mentor↔mentee, each mentor taking at most their capacity of mentees, each
 * mentee at most one mentor.
 *
 * <p>Formulation: each mentor becomes {@code capacity} identical slots (no more than there are
 * mentees), each slot joined to every allowed mentee, so capacity is a plain matching constraint.
 * The bipartite graph is solved exactly by {@link MaximumWeightBipartiteMatching} (LEDA's
 * algorithm, exact BigDecimal arithmetic, with an optimality certificate). Edge weight = base +
 * (score − lowest score), with base = (most possible pairs) × (score range) + 1, so one more placed
 * mentee always outweighs any score difference: as many mentees as possible get a mentor, and among
 * those assignments the total score is maximal.
 */
final class MentorRoundPlanner {
  /** The solved assignment, for the round and for tests that cross-check optimality. */
  record Assignment(Roster roster, List<Integer> mentors, List<Integer> mentees, int[] mentorOf) {}

  PairingRound plan(PairingRequest request) {
    Eligibility.Mentoring sides = Eligibility.mentoring(request.candidates(), request.date());
    List<PairingCandidate> everyone = new ArrayList<>(sides.mentors());
    everyone.addAll(sides.mentees());
    Roster roster = new Roster(everyone, request);
    Assignment a = assign(roster, sides, request.settings());
    PairScorer scorer = new PairScorer(roster, request.settings());
    Reasons reasons = new Reasons(roster);
    List<PairingGroup> groups = new ArrayList<>();
    List<LeftOut> leftOut = new ArrayList<>(sides.leftOut());
    Set<Integer> mentoring = new HashSet<>();
    for (int mentor : a.mentors()) {
      for (int mentee : a.mentees()) {
        if (a.mentorOf()[mentee] == mentor) {
          mentoring.add(mentor);
          PairingCandidate m = roster.person(mentor);
          PairingCandidate e = roster.person(mentee);
          groups.add(
              new PairingGroup(
                  List.of(
                      new GroupMember(m.user(), m.displayName()),
                      new GroupMember(e.user(), e.displayName())),
                  Optional.of(m.user()),
                  PairScorer.toScore(scorer.mentoring(mentor, mentee)),
                  reasons.mentoring(mentor, mentee),
                  Optional.empty()));
        }
      }
    }
    for (int mentee : a.mentees()) {
      if (a.mentorOf()[mentee] < 0) {
        boolean anyAllowed = a.mentors().stream().anyMatch(m -> roster.allowed(m, mentee));
        leftOut.add(
            anyAllowed
                ? Eligibility.left(
                    roster.person(mentee),
                    LeftOutReason.NO_MENTOR_WITH_ROOM,
                    "every mentor they could meet is at capacity")
                : Eligibility.left(
                    roster.person(mentee),
                    LeftOutReason.NO_ALLOWED_PARTNER,
                    "no mentor they may be paired with this round"));
      }
    }
    for (int mentor : a.mentors()) {
      if (!mentoring.contains(mentor)) {
        leftOut.add(
            Eligibility.left(
                roster.person(mentor),
                LeftOutReason.NO_ALLOWED_PARTNER,
                "no mentee left who may be paired with them"));
      }
    }
    int slots = a.mentors().stream().mapToInt(m -> slots(roster, m, a.mentees().size())).sum();
    String method =
        "optimal bipartite matching of "
            + a.mentees().size()
            + " mentees to "
            + slots
            + " mentor slots";
    return new PairingRound(RoundKind.MENTORING, request.date(), groups, leftOut, method);
  }

  Assignment assign(Roster roster, Eligibility.Mentoring sides, PairingSettings settings) {
    Set<UserRef> mentorUsers = new HashSet<>();
    sides.mentors().forEach(c -> mentorUsers.add(c.user()));
    List<Integer> mentors = new ArrayList<>();
    List<Integer> mentees = new ArrayList<>();
    for (int i = 0; i < roster.size(); i++) {
      (mentorUsers.contains(roster.person(i).user()) ? mentors : mentees).add(i);
    }
    int[] mentorOf = new int[roster.size()];
    Arrays.fill(mentorOf, -1);
    PairScorer scorer = new PairScorer(roster, settings);
    MentorGraph g = new MentorGraph(roster, scorer, mentors, mentees);
    for (DefaultWeightedEdge e :
        new MaximumWeightBipartiteMatching<>(g.graph, g.slots, g.menteeVertices)
            .getMatching()
            .getEdges()) {
      int slot = Math.min(g.graph.getEdgeSource(e), g.graph.getEdgeTarget(e));
      int menteeVertex = Math.max(g.graph.getEdgeSource(e), g.graph.getEdgeTarget(e));
      mentorOf[mentees.get(menteeVertex - g.slots.size())] = g.slotOwner.get(slot);
    }
    return new Assignment(roster, mentors, mentees, mentorOf);
  }

  static int slots(Roster roster, int mentor, int menteeCount) {
    return Math.min(roster.person(mentor).profile().mentoringCapacity(), menteeCount);
  }

  /** Slot vertices 0..S−1, then one vertex per mentee. */
  private static final class MentorGraph {
    final Graph<Integer, DefaultWeightedEdge> graph =
        new SimpleWeightedGraph<>(
            SupplierUtil.createIntegerSupplier(), SupplierUtil.createDefaultWeightedEdgeSupplier());
    final Set<Integer> slots = new LinkedHashSet<>();
    final Set<Integer> menteeVertices = new LinkedHashSet<>();
    final List<Integer> slotOwner = new ArrayList<>();

    MentorGraph(Roster roster, PairScorer scorer, List<Integer> mentors, List<Integer> mentees) {
      for (int mentor : mentors) {
        for (int s = 0; s < slots(roster, mentor, mentees.size()); s++) {
          slots.add(slotOwner.size());
          graph.addVertex(slotOwner.size());
          slotOwner.add(mentor);
        }
      }
      for (int e = 0; e < mentees.size(); e++) {
        menteeVertices.add(slotOwner.size() + e);
        graph.addVertex(slotOwner.size() + e);
      }
      long low = Long.MAX_VALUE;
      long high = Long.MIN_VALUE;
      for (int mentor : mentors) {
        for (int mentee : mentees) {
          if (roster.allowed(mentor, mentee)) {
            long s = scorer.mentoring(mentor, mentee);
            low = Math.min(low, s);
            high = Math.max(high, s);
          }
        }
      }
      long base = (long) Math.min(slots.size(), mentees.size()) * (high - low) + 1;
      for (int slot : slots) {
        int mentor = slotOwner.get(slot);
        for (int e = 0; e < mentees.size(); e++) {
          if (roster.allowed(mentor, mentees.get(e))) {
            long w = base + scorer.mentoring(mentor, mentees.get(e)) - low;
            graph.setEdgeWeight(graph.addEdge(slot, slotOwner.size() + e), w);
          }
        }
      }
    }
  }
}
