package dev.rituals.core.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rounds above the exact threshold are matched block by block ({@link RoundMatching}); the
 * threshold is lowered through {@link PairingSettings#withCandidateGraph} so that populations of a
 * few hundred take that path and the test stays fast.
 */
class BlockedPeerRoundTest {
  private final PairingEngine engine = new PairingEngine();

  @ParameterizedTest
  @EnumSource(GroupSize.class)
  void blockedRoundsNeverBreakAHardConstraintPlaceNobodyTwiceAndLeaveNobodyOutNeedlessly(
      GroupSize size) {
    for (int k = 0; k < 12; k++) {
      long seed = 9100L + 100L * size.ordinal() + k;
      Random r = new Random(seed);
      List<PairingCandidate> people = People.random(r, 120 + r.nextInt(200));
      PairingRequest request =
          new PairingRequest(
              people,
              People.randomHistory(r, people, r.nextInt(3000)),
              PairingSettings.defaults()
                  .withGroupSize(size)
                  .withSeed(r.nextLong())
                  .withCandidateGraph(30 + r.nextInt(40), 2 + r.nextInt(10)),
              People.DAY);
      PairingRound round = engine.peerRound(request);
      assertThat(round.method()).as("seed %d", seed).contains("blocks");
      RoundChecks checks =
          new RoundChecks(request, round, "seed " + seed)
              .noHardConstraintBroken()
              .peerRoundIsAPartition();
      if (size == GroupSize.PAIRS) {
        checks.leftOutOnlyWhenNoPairCouldTakeThem();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void blockedRoundScoresCloseToButNeverAboveTheExactOptimum(long seed) {
    Random r = new Random(seed);
    List<PairingCandidate> people = People.random(r, 240);
    PairingSettings blocked = PairingSettings.defaults().withSeed(seed).withCandidateGraph(60, 20);
    PairingSettings exact = blocked.withCandidateGraph(240, 20);

    PairingRound b = engine.peerRound(new PairingRequest(people, List.of(), blocked, People.DAY));
    PairingRound e = engine.peerRound(new PairingRequest(people, List.of(), exact, People.DAY));

    assertThat(b.method()).contains("3 blocks");
    assertThat(e.method()).contains("optimal over all");
    // 240 people of whom ~130 are eligible peers: blocks of at most 60
    assertThat(b.placedUsers().count()).as("seed %d", seed).isEqualTo(e.placedUsers().count());
    double blockedTotal = total(b);
    double exactTotal = total(e);
    assertThat(blockedTotal).as("seed %d", seed).isLessThanOrEqualTo(exactTotal + 1e-9);
    assertThat(blockedTotal).as("seed %d", seed).isGreaterThanOrEqualTo(0.9 * exactTotal);
  }

  private static double total(PairingRound round) {
    return round.groups().stream().mapToDouble(PairingGroup::score).sum();
  }
}
