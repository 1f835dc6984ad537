package dev.rituals.bench.pairing;

import dev.rituals.bench.support.Options;
import dev.rituals.bench.support.Results;
import dev.rituals.core.model.PairingRole;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.pairing.MeetingOutcome;
import dev.rituals.core.pairing.PairingCandidate;
import dev.rituals.core.pairing.PairingEngine;
import dev.rituals.core.pairing.PairingGroup;
import dev.rituals.core.pairing.PairingRequest;
import dev.rituals.core.pairing.PairingRound;
import dev.rituals.core.pairing.PairingSettings;
import dev.rituals.core.pairing.PastPairing;
import dev.rituals.core.pairing.ShufflePairing;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * {@code pairing}: the quality and speed figures of issue 7.
 *
 * <ol>
 *   <li>Round-robin limit: n blank peers (no constraint but recency) get n−1 weekly rounds without
 *       a repeated pair; beside it, the random-shuffle baseline (what Icebreaker does): rounds
 *       until its first repeat, averaged over seeds.
 *   <li>Mentor matching: total weight on 300 mentees × 100 mentors with capacities equals the
 *       Kuhn–Munkres optimum ({@link KuhnMunkresCheck}).
 *   <li>Scale: one peer round for 10,000 members with random profiles.
 * </ol>
 */
public final class PairingBench {
  static final LocalDate START = LocalDate.of(2026, 1, 5);

  private final Options options;
  private final PairingEngine engine = new PairingEngine();

  public PairingBench(Options options) {
    this.options = options;
  }

  public Results run() {
    Results results = new Results("pairing", options);
    if (!options.value("only").orElse("").equals("scale")) {
      roundRobin(results);
      new KuhnMunkresCheck(engine)
          .run(results, options.quick() ? 60 : 300, options.quick() ? 20 : 100);
    }
    scale(
        results,
        options.value("members").map(Integer::parseInt).orElse(options.quick() ? 2_000 : 10_000));
    blockLoss(
        results,
        options.value("exact-size").map(Integer::parseInt).orElse(options.quick() ? 1_000 : 2_000));
    return results;
  }

  private void roundRobin(Results results) {
    List<Integer> sizes = options.quick() ? List.of(10, 50, 100) : List.of(10, 50, 100, 250, 500);
    int trials = options.quick() ? 20 : 100;
    boolean allMet = true;
    StringBuilder measured = new StringBuilder();
    for (int n : sizes) {
      long started = System.nanoTime();
      int clean = cleanRounds(n);
      double seconds = (System.nanoTime() - started) / 1e9;
      double shuffle = shuffleRoundsUntilRepeat(n, trials);
      allMet &= clean == n - 1;
      System.out.printf(
          "  n=%d: engine %d rounds without a repeat (limit %d, %.1f s); random shuffle %.1f%n",
          n, clean, n - 1, seconds, shuffle);
      results.detail("roundRobin.n" + n + ".engineRounds", clean);
      results.detail("roundRobin.n" + n + ".shuffleRoundsUntilRepeat", shuffle);
      measured
          .append(measured.length() == 0 ? "" : "; ")
          .append(String.format("n=%d: %d (shuffle %.1f)", n, clean, shuffle));
    }
    results.row(
        "peer rounds without a repeated pair (random shuffle beside)",
        "n−1 for n ≤ 500",
        measured.toString(),
        allMet);
  }

  /** Consecutive rounds, from the first, whose pairs are all new. */
  int cleanRounds(int n) {
    List<PairingCandidate> people = Population.blankPeers(n);
    // every past round counts: the window covers all n−1 weeks
    PairingSettings settings =
        PairingSettings.defaults().withRecencyWindow(Period.ofWeeks(n + 1)).withSeed(7);
    List<PastPairing> history = new ArrayList<>();
    Set<Set<UserRef>> seen = new HashSet<>();
    for (int round = 0; round < n - 1; round++) {
      LocalDate date = START.plusWeeks(round);
      PairingRound r = engine.peerRound(new PairingRequest(people, history, settings, date));
      if (r.groups().size() != n / 2) {
        return round;
      }
      for (PairingGroup g : r.groups()) {
        if (!seen.add(Set.copyOf(g.users()))) {
          return round;
        }
        history.addAll(PastPairing.ofGroup(g.users(), date, MeetingOutcome.MET));
      }
    }
    return n - 1;
  }

  /** Mean rounds a shuffle runs before its first repeated pair (the round with it not counted). */
  static double shuffleRoundsUntilRepeat(int n, int trials) {
    List<PairingCandidate> people = Population.blankPeers(n);
    ShufflePairing shuffle = new ShufflePairing();
    long total = 0;
    for (int t = 0; t < trials; t++) {
      Random random = new Random(1000L + t);
      Set<Set<UserRef>> seen = new HashSet<>();
      int rounds = 0;
      outer:
      while (rounds < n * 10) {
        PairingRound r =
            shuffle.round(
                new PairingRequest(
                    people, List.of(), PairingSettings.defaults(), START.plusWeeks(rounds)),
                random);
        for (PairingGroup g : r.groups()) {
          if (!seen.add(Set.copyOf(g.users()))) {
            break outer;
          }
        }
        rounds++;
      }
      total += rounds;
    }
    return total / (double) trials;
  }

  private void scale(Results results, int n) {
    Random r = new Random(42);
    List<PairingCandidate> people = Population.random(r, "p", n, PairingRole.PEER);
    PairingRequest request =
        new PairingRequest(people, List.of(), PairingSettings.defaults().withSeed(1), START);
    engine.peerRound(request); // warm-up: class loading and JIT
    List<Double> times = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    PairingRound round = null;
    for (int i = 0; i < 3; i++) {
      long cpuStarted = threads.getCurrentThreadCpuTime();
      long started = System.nanoTime();
      round = engine.peerRound(request);
      times.add((System.nanoTime() - started) / 1e6);
      // on a shared machine wall time includes waiting for a core; CPU time does not
      cpu.add((threads.getCurrentThreadCpuTime() - cpuStarted) / 1e6);
    }
    double best = times.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    long placed = round.placedUsers().count();
    double bestCpu = cpu.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    System.out.printf(
        "  %,d members: round in %s wall, %s CPU (runs %s wall, %s CPU), %,d placed, method: %s%n",
        n, Results.ms(best), Results.ms(bestCpu), times, cpu, placed, round.method());
    results.detail("scale.members", n);
    results.detail("scale.wallMillis", times);
    results.detail("scale.cpuMillis", cpu);
    results.row(
        "one peer round, " + String.format("%,d", n) + " members",
        "≤ 2 s",
        Results.ms(best) + " wall (" + Results.ms(bestCpu) + " CPU), " + placed + " placed",
        best <= 2000);
  }

  /**
   * What blocks cost: the same population solved block by block (the default above the exact
   * threshold) and exactly over every allowed pair, at a size where the exact solve still finishes.
   */
  private void blockLoss(Results results, int n) {
    Random r = new Random(43);
    List<PairingCandidate> people = Population.random(r, "q", n, PairingRole.PEER);
    PairingSettings blocked = PairingSettings.defaults().withSeed(1);
    PairingSettings exact = blocked.withCandidateGraph(n, blocked.candidatesPerMember());
    long t0 = System.nanoTime();
    PairingRound b = engine.peerRound(new PairingRequest(people, List.of(), blocked, START));
    long t1 = System.nanoTime();
    PairingRound e = engine.peerRound(new PairingRequest(people, List.of(), exact, START));
    long t2 = System.nanoTime();
    double blockedTotal = b.groups().stream().mapToDouble(PairingGroup::score).sum();
    double exactTotal = e.groups().stream().mapToDouble(PairingGroup::score).sum();
    double ratio = exactTotal == 0 ? 1 : blockedTotal / exactTotal;
    System.out.printf(
        "  %,d members: blocked total weight %.2f (%s, %,d placed) vs exact %.2f (%s, %,d placed):"
            + " %.2f%% of optimum%n",
        n,
        blockedTotal,
        Results.ms((t1 - t0) / 1e6),
        b.placedUsers().count(),
        exactTotal,
        Results.ms((t2 - t1) / 1e6),
        e.placedUsers().count(),
        100 * ratio);
    results.detail("blockLoss.members", n);
    results.detail("blockLoss.blockedWeight", blockedTotal);
    results.detail("blockLoss.exactWeight", exactTotal);
    results.row(
        "blocked round vs exact optimum, " + String.format("%,d", n) + " members",
        "loss measured",
        String.format("%.2f%% of optimum weight", 100 * ratio),
        b.placedUsers().count() == e.placedUsers().count());
  }
}
