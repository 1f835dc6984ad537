package dev.rituals.core.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Seeded random communities: invariants that must hold for every input. */
class PeerRoundPropertiesTest {
  private static final int POPULATIONS = 120;
  private final PairingEngine engine = new PairingEngine();

  @ParameterizedTest
  @EnumSource(GroupSize.class)
  void randomCommunitiesNeverBreakAHardConstraintAndPlaceNobodyTwice(GroupSize size) {
    for (int k = 0; k < POPULATIONS; k++) {
      long seed = 1000L * size.ordinal() + k;
      Random r = new Random(seed);
      List<PairingCandidate> people = People.random(r, r.nextInt(70));
      PairingRequest request =
          new PairingRequest(
              people,
              People.randomHistory(r, people, r.nextInt(300)),
              PairingSettings.defaults().withGroupSize(size).withSeed(r.nextLong()),
              People.DAY);
      PairingRound round = engine.peerRound(request);
      new RoundChecks(request, round, "seed " + seed)
          .noHardConstraintBroken()
          .peerRoundIsAPartition()
          .placesAtLeastAMaximumMatching();
    }
  }

  @ParameterizedTest
  @EnumSource(GroupSize.class)
  void sparseCandidateGraphKeepsTheSameInvariants(GroupSize size) {
    for (int k = 0; k < 6; k++) {
      long seed = 7000L + k;
      Random r = new Random(seed);
      List<PairingCandidate> people = People.random(r, 150 + r.nextInt(150));
      PairingRequest request =
          new PairingRequest(
              people,
              People.randomHistory(r, people, 2000),
              PairingSettings.defaults()
                  .withGroupSize(size)
                  .withCandidateGraph(40, 1 + r.nextInt(6)),
              People.DAY);
      PairingRound round = engine.peerRound(request);
      assertThat(round.method()).as("seed %d", seed).contains("best-scoring");
      new RoundChecks(request, round, "seed " + seed)
          .noHardConstraintBroken()
          .peerRoundIsAPartition();
    }
  }

  @org.junit.jupiter.api.Test
  void inPairsModeNobodyIsLeftOutWhileAPairCouldTakeThem() {
    for (int k = 0; k < POPULATIONS; k++) {
      long seed = 5000L + k;
      Random r = new Random(seed);
      List<PairingCandidate> people = People.random(r, r.nextInt(40));
      // a dense history forces leftovers
      PairingRequest request =
          new PairingRequest(
              people, People.randomHistory(r, people, 600), PairingSettings.defaults(), People.DAY);
      new RoundChecks(request, engine.peerRound(request), "seed " + seed)
          .noHardConstraintBroken()
          .leftOutOnlyWhenNoPairCouldTakeThem();
    }
  }

  @org.junit.jupiter.api.Test
  void sameRequestGivesTheSameRoundAndAnotherSeedAnotherOrder() {
    Random r = new Random(42);
    List<PairingCandidate> people = People.blankPeers(20);
    PairingRequest request =
        new PairingRequest(people, List.of(), PairingSettings.defaults(), People.DAY);
    PairingRound first = engine.peerRound(request);
    PairingRound again =
        engine.peerRound(
            new PairingRequest(
                shuffled(people, r), List.of(), PairingSettings.defaults(), People.DAY));
    PairingRound otherSeed =
        engine.peerRound(
            new PairingRequest(
                people, List.of(), PairingSettings.defaults().withSeed(99), People.DAY));
    assertThat(again).isEqualTo(first);
    assertThat(otherSeed.groups()).isNotEqualTo(first.groups());
  }

  private static List<PairingCandidate> shuffled(List<PairingCandidate> people, Random r) {
    List<PairingCandidate> copy = new java.util.ArrayList<>(people);
    java.util.Collections.shuffle(copy, r);
    return copy;
  }
}
