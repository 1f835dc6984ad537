package dev.rituals.core.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShufflePairingTest {
  @Test
  void shufflePairsNeighboursAndPutsTheOddOneInTheLastPair() {
    List<PairingCandidate> people = People.blankPeers(7);
    PairingRequest request =
        new PairingRequest(people, List.of(), PairingSettings.defaults(), People.DAY);
    PairingRound round = new ShufflePairing().round(request, new Random(1));
    assertThat(round.groups()).extracting(g -> g.members().size()).containsExactly(2, 2, 3);
    assertThat(round.placedUsers()).hasSize(7).doesNotHaveDuplicates();
    assertThat(round.groups().get(2).joinedSoNobodyIsLeftOut()).isPresent();
  }

  @Test
  void shuffleIgnoresHistorySoItRepeatsPairsLongBeforeTheRoundRobinLimit() {
    List<PairingCandidate> people = People.blankPeers(20);
    PairingRequest request =
        new PairingRequest(people, List.of(), PairingSettings.defaults(), People.DAY);
    Random random = new Random(7);
    java.util.Set<java.util.Set<String>> met = new java.util.HashSet<>();
    int rounds = 0;
    boolean repeated = false;
    while (!repeated) {
      rounds++;
      for (PairingGroup g : new ShufflePairing().round(request, random).groups()) {
        repeated |=
            !met.add(java.util.Set.of(g.users().get(0).userId(), g.users().get(1).userId()));
      }
    }
    assertThat(rounds).isLessThan(19);
  }
}
