package dev.rituals.core.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rituals.core.model.PairingRole;
import dev.rituals.core.model.UserRef;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeerRoundEdgeCasesTest {
  private final PairingEngine engine = new PairingEngine();

  @Test
  void emptyCommunityGivesAnEmptyRound() {
    PairingRound round = peerRound(List.of(), List.of());
    assertThat(round.groups()).isEmpty();
    assertThat(round.leftOut()).isEmpty();
  }

  @Test
  void oneMemberIsLeftOutBecauseNobodyElseIsInTheRound() {
    PairingRound round = peerRound(List.of(People.peer("solo")), List.of());
    assertThat(round.groups()).isEmpty();
    assertThat(round.leftOut())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.reason()).isEqualTo(LeftOutReason.NO_ALLOWED_PARTNER);
              assertThat(l.explanation()).isEqualTo("nobody else is in this round");
            });
  }

  @Test
  void twoMembersWhoMayNotPairAreBothLeftOutWhicheverListNamesTheOther() {
    PairingCandidate ann = People.builder("ann").doNotPairWith("bob").candidate("Ann");
    PairingRound round = peerRound(List.of(ann, People.peer("bob")), List.of());
    assertThat(round.groups()).isEmpty();
    assertThat(round.leftOut())
        .hasSize(2)
        .allSatisfy(
            l -> {
              assertThat(l.reason()).isEqualTo(LeftOutReason.NO_ALLOWED_PARTNER);
              assertThat(l.explanation()).contains("don't-pair list");
            });
  }

  @Test
  void pairsThatMetWithinTheWindowAreNotRepeatedButThoseWhoDidNotMeetAre() {
    List<PairingCandidate> two = People.blankPeers(2);
    UserRef a = two.get(0).user();
    UserRef b = two.get(1).user();
    PastPairing metLastMonth = new PastPairing(a, b, People.DAY.minusWeeks(4), MeetingOutcome.MET);
    PastPairing unanswered =
        new PastPairing(a, b, People.DAY.minusWeeks(4), MeetingOutcome.UNKNOWN);
    PastPairing couldNotMeet =
        new PastPairing(a, b, People.DAY.minusWeeks(4), MeetingOutcome.DID_NOT_MEET);
    PastPairing metLongAgo = new PastPairing(a, b, People.DAY.minusWeeks(12), MeetingOutcome.MET);
    assertThat(peerRound(two, List.of(metLastMonth)).groups()).isEmpty();
    assertThat(peerRound(two, List.of(unanswered)).groups()).isEmpty();
    assertThat(peerRound(two, List.of(couldNotMeet)).groups()).hasSize(1);
    assertThat(peerRound(two, List.of(metLongAgo)).groups()).hasSize(1);
  }

  @Test
  void everyoneOptedOutMeansNoGroupsAndEveryReasonIsOptedOut() {
    List<PairingCandidate> people = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      people.add(People.builder("p" + i).optedOut().candidate("P" + i));
    }
    PairingRound round = peerRound(people, List.of());
    assertThat(round.groups()).isEmpty();
    assertThat(round.leftOut())
        .hasSize(5)
        .extracting(LeftOut::reason)
        .containsOnly(LeftOutReason.OPTED_OUT);
  }

  @Test
  void aSnoozeEndsOnItsDateAndMentorOnlyMembersSitOutPeerRounds() {
    PairingCandidate sleeping =
        People.builder("zz").snoozedUntil(People.DAY.plusDays(1)).candidate("Zz");
    PairingCandidate waking = People.builder("up").snoozedUntil(People.DAY).candidate("Up");
    PairingCandidate mentor =
        People.builder("me").roles(PairingRole.MENTOR).capacity(2).candidate("Me");
    PairingRound round =
        peerRound(List.of(sleeping, waking, mentor, People.peer("pat")), List.of());
    assertThat(round.groups())
        .singleElement()
        .satisfies(
            g ->
                assertThat(g.users())
                    .extracting(UserRef::userId)
                    .containsExactlyInAnyOrder("up", "pat"));
    assertThat(round.leftOut())
        .extracting(l -> l.user().userId() + ":" + l.reason() + ":" + l.explanation())
        .containsExactlyInAnyOrder(
            "zz:SNOOZED:snoozed until 2025-03-04", "me:NOT_IN_ROLE:has not asked for peer pairing");
  }

  @Test
  void anOddMemberJoinsTheBestPairAndTheRoundSaysSo() {
    PairingCandidate ann = People.builder("ann").subjects("science").candidate("Ann");
    PairingCandidate bob = People.builder("bob").subjects("science").candidate("Bob");
    PairingCandidate cy = People.builder("cy").subjects("art").candidate("Cy");
    PairingCandidate di = People.builder("di").subjects("art").candidate("Di");
    PairingCandidate eve = People.builder("eve").subjects("art").candidate("Eve");
    PairingRound round = peerRound(List.of(ann, bob, cy, di, eve), List.of());
    assertThat(round.leftOut()).isEmpty();
    assertThat(round.groups()).hasSize(2);
    PairingGroup trio =
        round.groups().stream().filter(g -> g.members().size() == 3).findFirst().orElseThrow();
    assertThat(trio.users())
        .extracting(UserRef::userId)
        .containsExactlyInAnyOrder("cy", "di", "eve");
    UserRef joined = trio.joinedSoNobodyIsLeftOut().orElseThrow();
    String name =
        trio.members().stream()
            .filter(m -> m.user().equals(joined))
            .findFirst()
            .orElseThrow()
            .displayName();
    assertThat(trio.reason()).isEqualTo("all teach art; " + name + " joined so nobody is left out");
    assertThat(trio.score()).isEqualTo(9.0);
  }

  @Test
  void anOddMemberWhoMetEveryoneRecentlyIsLeftOutNotForcedIn() {
    List<PairingCandidate> three = People.blankPeers(3);
    List<PastPairing> history =
        List.of(
            new PastPairing(
                three.get(2).user(),
                three.get(0).user(),
                People.DAY.minusWeeks(1),
                MeetingOutcome.MET),
            new PastPairing(
                three.get(2).user(),
                three.get(1).user(),
                People.DAY.minusWeeks(1),
                MeetingOutcome.MET));
    PairingRound round = peerRound(three, history);
    assertThat(round.groups()).singleElement().satisfies(g -> assertThat(g.members()).hasSize(2));
    assertThat(round.leftOut())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.user()).isEqualTo(three.get(2).user());
              assertThat(l.explanation()).contains("recency window");
            });
  }

  @Test
  void aMemberListedTwiceIsRejected() {
    assertThatThrownBy(() -> peerRound(List.of(People.peer("a"), People.peer("a")), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("candidate listed twice: a");
  }

  @Test
  void theRoundSaysHowItWasSolved() {
    assertThat(peerRound(People.blankPeers(4), List.of()).method())
        .isEqualTo("optimal over all 6 allowed pairs of 4 members");
  }

  private PairingRound peerRound(List<PairingCandidate> people, List<PastPairing> history) {
    return engine.peerRound(
        new PairingRequest(people, history, PairingSettings.defaults(), People.DAY));
  }
}
