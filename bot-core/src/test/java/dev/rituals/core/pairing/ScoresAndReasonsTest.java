package dev.rituals.core.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoresAndReasonsTest {
  private final PairingEngine engine = new PairingEngine();

  @Test
  void theIssueExampleReasonAndItsScore() {
    PairingGroup g =
        onlyGroup(
            People.builder("ann")
                .subjects("science")
                .grades("7th-grade")
                .school("North")
                .candidate("Ann"),
            People.builder("bob")
                .subjects("science")
                .grades("7th-grade")
                .school("South")
                .candidate("Bob"));
    assertThat(g.reason()).isEqualTo("both teach 7th-grade science; different schools");
    assertThat(g.score()).isEqualTo(3 + 2 + 2);
  }

  @Test
  void tagsMatchIgnoringCaseAndSpacing() {
    PairingGroup g =
        onlyGroup(
            People.builder("ann").subjects("Earth  Science").grades("7th-grade").candidate("Ann"),
            People.builder("bob").subjects("earth science ").grades("7TH-GRADE").candidate("Bob"));
    assertThat(g.reason()).isEqualToIgnoringCase("both teach 7th-grade earth science");
    assertThat(g.score()).isEqualTo(3 + 2);
  }

  @Test
  void interestsSameSchoolAndTimeZonesAreStatedAndPenalised() {
    PairingGroup g =
        onlyGroup(
            People.builder("ann")
                .interests("assessment", "SEL")
                .school("North")
                .zone("America/New_York")
                .candidate("Ann"),
            People.builder("bob")
                .interests("SEL", "assessment")
                .school("north")
                .zone("Europe/London")
                .candidate("Bob"));
    assertThat(g.reason())
        .isEqualTo("both interested in assessment and SEL; same school; 5 h apart");
    // 2 shared interests × 1, no cross-school bonus, 5 h × 0.5 penalty
    assertThat(g.score()).isEqualTo(2 - 2.5);
  }

  @Test
  void strangersAreOfferedAsSomeoneNewToMeet() {
    assertThat(onlyGroup(People.peer("a"), People.peer("b")).reason())
        .isEqualTo("someone new to meet");
  }

  @Test
  void overlapCountsAreCappedAtFive() {
    String[] seven = {"a", "b", "c", "d", "e", "f", "g"};
    PairingGroup g =
        onlyGroup(
            People.builder("x").subjects(seven).candidate("X"),
            People.builder("y").subjects(seven).candidate("Y"));
    assertThat(g.score()).isEqualTo(5 * 3);
    assertThat(g.reason()).isEqualTo("both teach a, b, c and more");
  }

  @Test
  void theHighestScoringPairingWinsOverGreedyChoices() {
    // a-b is the single best pair, but a-c + b-d beats a-b + c-d
    PairingCandidate a = People.builder("a").subjects("s1", "s2").grades("g1").candidate("A");
    PairingCandidate b = People.builder("b").subjects("s1", "s2").interests("i1").candidate("B");
    PairingCandidate c = People.builder("c").subjects("s1").grades("g1").candidate("C");
    PairingCandidate d = People.builder("d").subjects("s2").interests("i1").candidate("D");
    PairingRound round =
        engine.peerRound(
            new PairingRequest(
                List.of(a, b, c, d), List.of(), PairingSettings.defaults(), People.DAY));
    assertThat(round.totalScore()).isEqualTo(5 + 4);
    assertThat(round.groups())
        .extracting(g -> g.users().get(0).userId() + g.users().get(1).userId())
        .containsExactlyInAnyOrder("ac", "bd");
  }

  @Test
  void weightsAndSettingsRejectOutOfRangeValues() {
    assertThatThrownBy(() -> new PairingWeights(21, 0, 0, 0, 0, 0))
        .hasMessage("subjectOverlap must be between 0 and 20.0");
    assertThatThrownBy(() -> new PairingWeights(0, 0, 0, 0, 0, Double.NaN))
        .hasMessage("timeZonePenaltyPerHour must be between 0 and 10.0");
    assertThatThrownBy(() -> PairingSettings.defaults().withCandidateGraph(1, 30))
        .hasMessage("exactUpTo must be at least 2");
    assertThat(PairingSettings.defaults().recencyWindow()).isEqualTo(java.time.Period.ofWeeks(12));
  }

  private PairingGroup onlyGroup(PairingCandidate x, PairingCandidate y) {
    PairingRound round =
        engine.peerRound(
            new PairingRequest(List.of(x, y), List.of(), PairingSettings.defaults(), People.DAY));
    assertThat(round.groups()).hasSize(1);
    return round.groups().get(0);
  }
}
