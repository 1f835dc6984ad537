package dev.rituals.bench.pairing;

import dev.rituals.bench.support.Results;
import dev.rituals.core.model.PairingRole;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.pairing.PairingCandidate;
import dev.rituals.core.pairing.PairingEngine;
import dev.rituals.core.pairing.PairingGroup;
import dev.rituals.core.pairing.PairingRequest;
import dev.rituals.core.pairing.PairingRound;
import dev.rituals.core.pairing.PairingScores;
import dev.rituals.core.pairing.PairingSettings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The mentoring round against an independent optimum: Kuhn–Munkres on the square matrix of mentor
 * slots (one per unit of capacity) × mentees, padded with dummies. An allowed pair is worth base +
 * points − low (base larger than any score sum), so the optimum places the most mentees first and
 * then maximises the total score, which is the engine's stated objective.
 */
final class KuhnMunkresCheck {
  private final PairingEngine engine;

  KuhnMunkresCheck(PairingEngine engine) {
    this.engine = engine;
  }

  void run(Results results, int menteeCount, int mentorCount) {
    Random r = new Random(300);
    List<PairingCandidate> mentors =
        Population.random(r, "mentor", mentorCount, PairingRole.MENTOR);
    List<PairingCandidate> mentees =
        Population.random(r, "mentee", menteeCount, PairingRole.MENTEE);
    List<PairingCandidate> everyone = new ArrayList<>(mentors);
    everyone.addAll(mentees);
    PairingRequest request =
        new PairingRequest(everyone, List.of(), PairingSettings.defaults(), PairingBench.START);

    long started = System.nanoTime();
    PairingRound round = engine.mentorRound(request);
    double engineMillis = (System.nanoTime() - started) / 1e6;
    long enginePoints = 0;
    for (PairingGroup g : round.groups()) {
      enginePoints += Math.round(g.score() * 100);
    }
    started = System.nanoTime();
    long[] km = kuhnMunkres(new PairingScores(request), mentors, mentees);
    double kmMillis = (System.nanoTime() - started) / 1e6;
    boolean equal = km[0] == round.groups().size() && km[1] == enginePoints;
    System.out.printf(
        "  mentoring %d mentees x %d mentors: engine %d placed, weight %.2f (%s); Kuhn–Munkres %d"
            + " placed, weight %.2f (%s)%n",
        menteeCount,
        mentorCount,
        round.groups().size(),
        enginePoints / 100.0,
        Results.ms(engineMillis),
        km[0],
        km[1] / 100.0,
        Results.ms(kmMillis));
    results.detail("mentoring.enginePlaced", round.groups().size());
    results.detail("mentoring.engineWeight", enginePoints / 100.0);
    results.detail("mentoring.kuhnMunkresPlaced", km[0]);
    results.detail("mentoring.kuhnMunkresWeight", km[1] / 100.0);
    results.row(
        "mentor matching weight vs Kuhn–Munkres, " + menteeCount + "×" + mentorCount,
        "equal",
        String.format(
            "%.2f vs %.2f, %d vs %d placed",
            enginePoints / 100.0, km[1] / 100.0, round.groups().size(), km[0]),
        equal);
  }

  /** {placed, total points} of the optimum. */
  static long[] kuhnMunkres(
      PairingScores scores, List<PairingCandidate> mentors, List<PairingCandidate> mentees) {
    List<UserRef> slots = new ArrayList<>();
    for (PairingCandidate m : mentors) {
      for (int s = 0; s < Math.min(m.profile().mentoringCapacity(), mentees.size()); s++) {
        slots.add(m.user());
      }
    }
    int size = Math.max(slots.size(), mentees.size());
    long[][] points = new long[slots.size()][mentees.size()];
    long low = Long.MAX_VALUE;
    long high = Long.MIN_VALUE;
    for (int i = 0; i < slots.size(); i++) {
      for (int j = 0; j < mentees.size(); j++) {
        points[i][j] = Math.round(scores.mentoring(slots.get(i), mentees.get(j).user()) * 100);
        low = Math.min(low, points[i][j]);
        high = Math.max(high, points[i][j]);
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
        boolean real =
            i < slots.size()
                && j < mentees.size()
                && scores.allowed(slots.get(i), mentees.get(j).user());
        long value = real ? base + points[i][j] - low : 0;
        g.setEdgeWeight(g.addEdge(i, size + j), top - value);
      }
    }
    long placed = 0;
    long total = 0;
    for (DefaultWeightedEdge e :
        new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(g, rows, cols)
            .getMatching()
            .getEdges()) {
      int i = g.getEdgeSource(e);
      int j = g.getEdgeTarget(e) - size;
      if (i < slots.size()
          && j < mentees.size()
          && scores.allowed(slots.get(i), mentees.get(j).user())) {
        placed++;
        total += points[i][j];
      }
    }
    return new long[] {placed, total};
  }
}
