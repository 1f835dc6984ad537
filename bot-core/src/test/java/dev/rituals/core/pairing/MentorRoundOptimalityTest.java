package dev.rituals.core.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

/**
 * The mentoring round is optimal: as many mentees placed as capacity and constraints allow, and the
 * highest total score among those assignments, checked against exhaustive search on small random
 * instances and against Kuhn–Munkres on the padded square matrix on larger ones.
 */
class MentorRoundOptimalityTest {
  private final PairingEngine engine = new PairingEngine();

  @Test
  void smallRandomInstancesMatchTheBruteForceOptimum() {
    for (long seed = 0; seed < 300; seed++) {
      Random r = new Random(seed);
      Instance in = Instance.random(r, 1 + r.nextInt(4), 1 + r.nextInt(7));
      PairingRound round = engine.mentorRound(in.request);
      long[] best = bruteForce(in, 0, new int[in.mentors.size()]);
      assertThat(round.groups()).as("seed %d: mentees placed", seed).hasSize((int) best[0]);
      assertThat(in.points(round)).as("seed %d: total score", seed).isEqualTo(best[1]);
    }
  }

  @Test
  void largerRandomInstancesEqualTheKuhnMunkresOptimumOnThePaddedMatrix() {
    for (long seed = 0; seed < 12; seed++) {
      Random r = new Random(seed);
      Instance in = Instance.random(r, 5 + r.nextInt(15), 20 + r.nextInt(40));
      PairingRound round = engine.mentorRound(in.request);
      long[] km = kuhnMunkres(in);
      assertThat(round.groups()).as("seed %d: mentees placed", seed).hasSize((int) km[0]);
      assertThat(in.points(round)).as("seed %d: total score", seed).isEqualTo(km[1]);
    }
  }

  /** Best (placed, points) over every assignment of mentees from index {@code e} on. */
  private static long[] bruteForce(Instance in, int e, int[] load) {
    if (e == in.mentees.size()) {
      return new long[] {0, 0};
    }
    long[] best = bruteForce(in, e + 1, load);
    int mentee = in.mentees.get(e);
    for (int m = 0; m < in.mentors.size(); m++) {
      int mentor = in.mentors.get(m);
      if (load[m] < in.capacity(mentor) && in.roster.allowed(mentor, mentee)) {
        load[m]++;
        long[] rest = bruteForce(in, e + 1, load);
        load[m]--;
        long[] option = {rest[0] + 1, rest[1] + in.scorer.mentoring(mentor, mentee)};
        if (option[0] > best[0] || (option[0] == best[0] && option[1] > best[1])) {
          best = option;
        }
      }
    }
    return best;
  }

  /**
   * Kuhn–Munkres on a square matrix: mentor slots × mentees padded with dummies; an allowed pair is
   * worth base + points − low, anything else 0, so the optimum places the most mentees first.
   */
  private static long[] kuhnMunkres(Instance in) {
    List<Integer> slotOwner = new ArrayList<>();
    for (int mentor : in.mentors) {
      for (int s = 0; s < Math.min(in.capacity(mentor), in.mentees.size()); s++) {
        slotOwner.add(mentor);
      }
    }
    int size = Math.max(slotOwner.size(), in.mentees.size());
    long low = Long.MAX_VALUE;
    long high = Long.MIN_VALUE;
    for (int mentor : in.mentors) {
      for (int mentee : in.mentees) {
        long p = in.scorer.mentoring(mentor, mentee);
        low = Math.min(low, p);
        high = Math.max(high, p);
      }
    }
    long base = (long) size * (high - low + 1) + 1;
    long top = base + (high - low);
    Graph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    Set<Integer> rows = new LinkedHashSet<>();
    Set<Integer> cols = new LinkedHashSet<>();
    for (int i = 0; i < size; i++) {
      g.addVertex(i);
      rows.add(i);
      g.addVertex(size + i);
      cols.add(size + i);
    }
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < size; j++) {
        long value = 0;
        if (i < slotOwner.size()
            && j < in.mentees.size()
            && in.roster.allowed(slotOwner.get(i), in.mentees.get(j))) {
          value = base + in.scorer.mentoring(slotOwner.get(i), in.mentees.get(j)) - low;
        }
        g.setEdgeWeight(g.addEdge(i, size + j), top - value);
      }
    }
    long placed = 0;
    long points = 0;
    for (DefaultWeightedEdge e :
        new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(g, rows, cols)
            .getMatching()
            .getEdges()) {
      int i = g.getEdgeSource(e);
      int j = g.getEdgeTarget(e) - size;
      if (i < slotOwner.size()
          && j < in.mentees.size()
          && in.roster.allowed(slotOwner.get(i), in.mentees.get(j))) {
        placed++;
        points += in.scorer.mentoring(slotOwner.get(i), in.mentees.get(j));
      }
    }
    return new long[] {placed, points};
  }

  /** A random mentoring community with the engine's own view of it (roster order, scores). */
  static final class Instance {
    final PairingRequest request;
    final Roster roster;
    final PairScorer scorer;
    final List<Integer> mentors = new ArrayList<>();
    final List<Integer> mentees = new ArrayList<>();

    Instance(PairingRequest request) {
      this.request = request;
      Eligibility.Mentoring sides = Eligibility.mentoring(request.candidates(), request.date());
      List<PairingCandidate> everyone = new ArrayList<>(sides.mentors());
      everyone.addAll(sides.mentees());
      this.roster = new Roster(everyone, request);
      this.scorer = new PairScorer(roster, request.settings());
      for (int i = 0; i < roster.size(); i++) {
        (sides.mentors().contains(roster.person(i)) ? mentors : mentees).add(i);
      }
    }

    static Instance random(Random r, int mentorCount, int menteeCount) {
      List<PairingCandidate> people = new ArrayList<>();
      List<PairingCandidate> pool = People.random(r, mentorCount + menteeCount);
      for (int i = 0; i < pool.size(); i++) {
        var p = pool.get(i).profile();
        People.Builder b = People.builder(p.user().userId());
        b.subjects = p.subjects();
        b.grades = p.gradeBands();
        b.interests = p.interests();
        b.school = p.school();
        b.years = p.yearsOfExperience();
        b.zone = p.zone();
        b.doNotPair = p.doNotPairWith();
        if (i < mentorCount) {
          b.roles(dev.rituals.core.model.PairingRole.MENTOR).capacity(1 + r.nextInt(3));
        } else {
          b.roles(dev.rituals.core.model.PairingRole.MENTEE);
        }
        people.add(b.candidate("P" + i));
      }
      return new Instance(
          new PairingRequest(
              people,
              People.randomHistory(r, people, r.nextInt(3 * people.size())),
              PairingSettings.defaults().withSeed(r.nextLong()),
              People.DAY));
    }

    int capacity(int mentor) {
      return roster.person(mentor).profile().mentoringCapacity();
    }

    long points(PairingRound round) {
      return round.groups().stream().mapToLong(g -> Math.round(g.score() * 100)).sum();
    }
  }
}
