package dev.rituals.core.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * With no constraint but recency (blank profiles, a window longer than the whole run), consecutive
 * rounds must not repeat a pair for as long as mathematics allows.
 */
class RoundRobinPropertyTest {
  private static final PairingSettings FOREVER =
      PairingSettings.defaults().withRecencyWindow(Period.ofYears(20));
  private final PairingEngine engine = new PairingEngine();

  @Test
  void evenCountsGetNMinusOneRoundsOfNewPairsAndThenNobodyIsLeftToMeet() {
    for (int n = 2; n <= 40; n += 2) {
      List<PairingCandidate> people = People.blankPeers(n);
      List<PastPairing> history = new ArrayList<>();
      Set<Set<String>> met = new HashSet<>();
      for (int k = 0; k < n - 1; k++) {
        PairingRound round = play(people, history, k);
        assertThat(round.leftOut()).as("n=%d round %d", n, k).isEmpty();
        for (PairingGroup g : round.groups()) {
          assertThat(g.members()).as("n=%d round %d", n, k).hasSize(2);
          assertThat(met.add(ids(g))).as("n=%d round %d repeats %s", n, k, ids(g)).isTrue();
        }
      }
      assertThat(met).as("n=%d: every pair met once", n).hasSize(n * (n - 1) / 2);
      PairingRound after = play(people, history, n - 1);
      assertThat(after.groups()).as("n=%d round n", n).isEmpty();
    }
  }

  /**
   * An odd count has one group of three per round, so a round uses (n+3)/2 pairs and at most
   * n(n−1)/(n+3) rounds can avoid a repeat (fewer for small n: five people allow one). The engine
   * reaches at least n − 8 rounds up to 39 people (measured: 7 for 11, 11 for 15, 32 for 39), every
   * one with everyone placed.
   */
  @Test
  void oddCountsPlaceEveryoneWithoutARepeatForAtLeastNMinusEightRounds() {
    for (int n = 3; n <= 39; n += 2) {
      List<PairingCandidate> people = People.blankPeers(n);
      List<PastPairing> history = new ArrayList<>();
      Set<Set<String>> met = new HashSet<>();
      int rounds = Math.max(1, n - 8);
      for (int k = 0; k < rounds; k++) {
        PairingRound round = play(people, history, k);
        assertThat(round.leftOut()).as("n=%d round %d", n, k).isEmpty();
        assertThat(round.groups().stream().filter(g -> g.members().size() == 3))
            .as("n=%d round %d", n, k)
            .singleElement()
            .satisfies(g -> assertThat(g.joinedSoNobodyIsLeftOut()).isPresent());
        for (PairingGroup g : round.groups()) {
          List<String> members = g.users().stream().map(u -> u.userId()).toList();
          for (int a = 0; a < members.size(); a++) {
            for (int b = a + 1; b < members.size(); b++) {
              Set<String> pair = Set.of(members.get(a), members.get(b));
              assertThat(met.add(pair)).as("n=%d round %d repeats %s", n, k, pair).isTrue();
            }
          }
        }
      }
    }
  }

  @Test
  void circleScheduleMeetsEveryPairExactlyOnce() {
    for (int n = 2; n <= 41; n++) {
      RoundRobin schedule = new RoundRobin(n);
      Set<Set<Integer>> met = new HashSet<>();
      for (int r = 0; r < schedule.rounds(); r++) {
        int sittingOut = 0;
        for (int i = 0; i < n; i++) {
          int p = schedule.partner(i, r);
          if (p < 0) {
            sittingOut++;
            continue;
          }
          assertThat(schedule.partner(p, r)).as("n=%d r=%d i=%d", n, r, i).isEqualTo(i);
          assertThat(schedule.roundOf(i, p)).as("n=%d", n).isEqualTo(r);
          met.add(Set.of(i, p));
        }
        assertThat(sittingOut).as("n=%d r=%d", n, r).isEqualTo(n % 2);
      }
      assertThat(met).as("n=%d", n).hasSize(n * (n - 1) / 2);
    }
  }

  /**
   * Why the tie-break exists: three rounds of perfectly good new pairs for six people (1-2 3-4 5-6,
   * 2-3 4-5 6-1, 1-4 2-5 3-6) leave two triangles, which have no set of three new pairs. The engine
   * still places everyone (two groups of three), but a fourth round of pairs is impossible.
   */
  @Test
  void aHistoryOffTheScheduleLeavesSixPeopleNoFourthRoundOfPairs() {
    List<PairingCandidate> people = People.blankPeers(6);
    LocalDate past = People.DAY.minusWeeks(1);
    int[][] pairs = {{1, 2}, {3, 4}, {5, 0}, {2, 3}, {4, 5}, {0, 1}, {1, 4}, {2, 5}, {3, 0}};
    List<PastPairing> history = new ArrayList<>();
    for (int[] p : pairs) {
      history.add(
          new PastPairing(
              People.user("u" + p[0]), People.user("u" + p[1]), past, MeetingOutcome.MET));
    }
    PairingRound round = engine.peerRound(new PairingRequest(people, history, FOREVER, People.DAY));
    assertThat(round.leftOut()).isEmpty();
    assertThat(round.groups()).extracting(g -> g.members().size()).containsExactly(3, 3);
  }

  private PairingRound play(List<PairingCandidate> people, List<PastPairing> history, int week) {
    LocalDate date = People.DAY.plusWeeks(week);
    PairingRound round = engine.peerRound(new PairingRequest(people, history, FOREVER, date));
    for (PairingGroup g : round.groups()) {
      history.addAll(PastPairing.ofGroup(g.users(), date, MeetingOutcome.MET));
    }
    return round;
  }

  private static Set<String> ids(PairingGroup g) {
    Set<String> ids = new HashSet<>();
    g.users().forEach(u -> ids.add(u.userId()));
    return ids;
  }
}
