package dev.rituals.core.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GroupsOfThreeAndFourTest {
  private final PairingEngine engine = new PairingEngine();
  private final PairingSettings groups =
      PairingSettings.defaults().withGroupSize(GroupSize.THREES_AND_FOURS);

  @Test
  void everyCountFromThreeGetsOnlyGroupsOfThreeAndFourExceptFive() {
    for (int n = 3; n <= 41; n++) {
      PairingRound round =
          engine.peerRound(new PairingRequest(People.blankPeers(n), List.of(), groups, People.DAY));
      Map<Integer, Long> sizes =
          round.groups().stream()
              .collect(Collectors.groupingBy(g -> g.members().size(), Collectors.counting()));
      assertThat(round.leftOut()).as("n=%d", n).isEmpty();
      if (n == 5) {
        assertThat(sizes).as("n=5").isEqualTo(Map.of(3, 1L, 2, 1L));
      } else {
        assertThat(sizes.keySet()).as("n=%d sizes %s", n, sizes).isSubsetOf(3, 4);
        assertThat(round.groups()).as("n=%d", n).hasSize((n + 3) / 4);
      }
    }
  }

  @Test
  void twoMembersStayAPairAndOneIsLeftOut() {
    assertThat(
            engine
                .peerRound(new PairingRequest(People.blankPeers(2), List.of(), groups, People.DAY))
                .groups())
        .singleElement()
        .satisfies(g -> assertThat(g.members()).hasSize(2));
    assertThat(
            engine
                .peerRound(new PairingRequest(People.blankPeers(1), List.of(), groups, People.DAY))
                .leftOut())
        .hasSize(1);
  }

  @Test
  void groupsFormAroundSharedSubjects() {
    List<PairingCandidate> people =
        List.of(
            People.builder("a1").subjects("art").candidate("A1"),
            People.builder("s1").subjects("science").candidate("S1"),
            People.builder("a2").subjects("art").candidate("A2"),
            People.builder("s2").subjects("science").candidate("S2"),
            People.builder("a3").subjects("art").candidate("A3"),
            People.builder("s3").subjects("science").candidate("S3"),
            People.builder("a4").subjects("art").candidate("A4"),
            People.builder("s4").subjects("science").candidate("S4"));
    PairingRound round =
        engine.peerRound(new PairingRequest(people, List.of(), groups, People.DAY));
    assertThat(round.groups())
        .hasSize(2)
        .allSatisfy(
            g -> {
              Map<Character, Long> kinds =
                  g.users().stream()
                      .collect(
                          Collectors.groupingBy(u -> u.userId().charAt(0), Collectors.counting()));
              assertThat(kinds).hasSize(1);
              assertThat(g.reason()).matches("all teach (art|science)");
              assertThat(g.score()).isEqualTo(18.0);
            });
  }
}
