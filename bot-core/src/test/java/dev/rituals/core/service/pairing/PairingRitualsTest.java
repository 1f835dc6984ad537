package dev.rituals.core.service.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.MessageKind;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.PairRecord;
import dev.rituals.core.model.PairResponse;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.service.OccurrenceService;
import dev.rituals.core.service.OutboxSignal;
import dev.rituals.core.service.Ports;
import dev.rituals.core.service.commands.CommandService;
import dev.rituals.core.testing.InMemoryOutbox;
import dev.rituals.core.testing.InMemoryPorts;
import dev.rituals.core.testing.MutableClock;
import dev.rituals.core.testing.RecordingScheduler;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.CommandReply.Outcome;
import dev.rituals.core.usecase.CommandRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** pair schedule|preview|run|stats|met|couldnt|stay through the command service, on fakes. */
class PairingRitualsTest {
  static final Platform SLACK = Platform.SLACK;
  static final ChannelRef CHANNEL = ChannelRef.of(SLACK, "T1", "C1");
  static final UserRef MODERATOR = UserRef.of(SLACK, "T1", "U_MOD");

  Ports ports = InMemoryPorts.create();
  MutableClock clock = new MutableClock(Instant.parse("2026-11-23T15:00:00Z")); // a Monday
  RecordingScheduler scheduler = new RecordingScheduler();
  CommandService commands =
      new CommandService(
          ports,
          scheduler,
          new OccurrenceService(ports, scheduler, clock, OutboxSignal.NONE),
          clock);
  List<UserRef> members = new java.util.ArrayList<>();

  CommandReply say(UserRef who, String text) {
    return commands.handle(
        new CommandRequest(
            who, who.userId(), Optional.of(CHANNEL), text, false, Optional.of(ZoneId.of("UTC"))));
  }

  List<OutboxMessage> outbox() {
    return ((InMemoryOutbox) ports.outbox()).all();
  }

  @BeforeEach
  void communityOfFourOptedInTeachers() {
    say(MODERATOR, "community create \"Science\"");
    for (String id : List.of("U1", "U2", "U3", "U4")) {
      UserRef u = UserRef.of(SLACK, "T1", id);
      members.add(u);
      say(u, "community join");
      say(u, "profile set subjects science");
      say(u, "profile optin");
    }
  }

  @Test
  void previewShowsGroupsReasonsAndScoresAndSendsNothing() {
    CommandReply reply = say(MODERATOR, "pair preview");

    assertThat(reply.outcome()).isEqualTo(Outcome.OK);
    assertThat(reply.text())
        .contains("Preview (nothing sent)")
        .contains("2 groups")
        .contains("score")
        .contains("science")
        .contains("U_MOD: "); // the moderator has not opted in and is listed as left out
    assertThat(outbox()).isEmpty();
    assertThat(ports.pairings().history(community())).isEmpty();
  }

  @Test
  void runStoresTheRoundAndWritesOneSlackGroupDmPerPairAndLaterFollowUps() {
    CommandReply reply = say(MODERATOR, "pair run");

    assertThat(reply.text()).contains("Round sent").contains("2 groups");
    List<PairRecord> stored = ports.pairings().history(community());
    assertThat(stored).hasSize(2);
    List<OutboxMessage> intros =
        outbox().stream().filter(m -> m.body().kind() == MessageKind.INTRO).toList();
    assertThat(intros).hasSize(2);
    OutboxMessage intro = intros.get(0);
    assertThat(intro.body().field(Intros.GROUP_WITH)).isPresent();
    assertThat(intro.body().text()).contains("Why you:").contains("Two conversation starters:");
    assertThat(intro.notBefore()).isEqualTo(clock.instant());
    List<OutboxMessage> followUps =
        outbox().stream().filter(m -> m.body().kind() == MessageKind.PAIR_FOLLOW_UP).toList();
    assertThat(followUps).hasSize(4);
    assertThat(followUps)
        .allSatisfy(
            m -> assertThat(m.notBefore()).isEqualTo(clock.instant().plus(Duration.ofDays(7))));
    assertThat(followUps.get(0).destination()).isInstanceOf(Destination.Direct.class);
  }

  @Test
  void roundsDoNotRepeatPairsUntilEveryoneMetEveryone() {
    Set<Set<UserRef>> seen = new HashSet<>();
    for (int round = 0; round < 3; round++) {
      say(MODERATOR, "pair run");
      clock.advance(Duration.ofDays(7));
    }
    for (PairRecord p : ports.pairings().history(community())) {
      assertThat(seen.add(Set.copyOf(p.members()))).as("repeated %s", p.members()).isTrue();
    }
    assertThat(seen).hasSize(6); // 4 people: 3 rounds of 2 pairs, every pair once
  }

  @Test
  void aPairThatCouldNotMeetMayBePairedAgainAndStatsShowMeetingRates() {
    say(MODERATOR, "pair run");
    PairRecord first = ports.pairings().history(community()).get(0);
    UserRef a = first.members().get(0);
    assertThat(say(a, "pair couldnt").text()).contains("paired with them again");
    PairRecord other = ports.pairings().history(community()).get(1);
    say(other.members().get(1), "pair met");

    String stats = say(MODERATOR, "pair stats").text();
    assertThat(stats).contains("2 groups, 1 met (50%), 1 couldn't, 0 no answer yet");
    List<PastPairingView> history =
        new PairingRounds(ports, clock)
            .history(ports.communities().findById(community()).orElseThrow()).stream()
                .map(p -> new PastPairingView(Set.of(p.first(), p.second()), p.outcome().name()))
                .toList();
    assertThat(history).contains(new PastPairingView(Set.copyOf(first.members()), "DID_NOT_MEET"));
  }

  record PastPairingView(Set<UserRef> pair, String outcome) {}

  @Test
  void threeUnansweredRoundsInARowAskStayOrPause() {
    for (String id : List.of("U5", "U6")) { // six people: five rounds before any repeat
      UserRef u = UserRef.of(SLACK, "T1", id);
      members.add(u);
      say(u, "community join");
      say(u, "profile optin");
    }
    for (int round = 0; round < 3; round++) {
      say(MODERATOR, "pair run");
      clock.advance(Duration.ofDays(7));
    }
    assertThat(outbox()).noneMatch(m -> m.body().kind() == MessageKind.PAIR_STAY_OR_PAUSE);
    say(members.get(0), "pair met"); // U1 answered their latest

    say(MODERATOR, "pair run");

    List<OutboxMessage> asks =
        outbox().stream().filter(m -> m.body().kind() == MessageKind.PAIR_STAY_OR_PAUSE).toList();
    Set<UserRef> asked = new HashSet<>();
    asks.forEach(m -> asked.add(((Destination.Direct) m.destination()).user()));
    assertThat(asked).containsExactlyInAnyOrderElementsOf(members.subList(1, 6));
    UserRef quiet = members.get(1);
    assertThat(say(quiet, "pair stay").text()).contains("You stay");
    assertThat(ports.profiles().find(quiet).orElseThrow().optedIn()).isTrue();
  }

  @Test
  void onlyModeratorsPreviewRunOrSchedule() {
    UserRef member = members.get(0);
    assertThat(say(member, "pair run").outcome()).isEqualTo(Outcome.DENIED);
    assertThat(say(member, "pair preview").outcome()).isEqualTo(Outcome.DENIED);
    assertThat(say(member, "pair schedule weekly").outcome()).isEqualTo(Outcome.DENIED);
    assertThat(outbox()).isEmpty();
  }

  @Test
  void followUpAnswerFromSomeoneOutsideThePairIsRefused() {
    say(MODERATOR, "pair run");
    PairRecord pair = ports.pairings().history(community()).get(0);
    PairingService service = new PairingService(ports, scheduler, clock);

    assertThat(service.answer(MODERATOR, pair.id(), PairResponse.MET)).contains("not yours");
    assertThat(ports.pairings().findPair(pair.id()).orElseThrow().responses()).isEmpty();
  }

  @Test
  void scheduledRoundsRunOnTheirDayAndEachSchedulesTheNext() {
    CommandReply reply = say(MODERATOR, "pair schedule biweekly peer wed 10:00 follow-up 5d");

    assertThat(reply.text()).contains("First round: Wed 25 Nov 2026 10:00");
    Instant first = Instant.parse("2026-11-25T10:00:00Z");
    assertThat(scheduler.steps().values())
        .containsExactly(
            new RecordingScheduler.Step(PairingService.STEP_TYPE, community() + ":PEER", first));
    PairingService service = new PairingService(ports, scheduler, clock);
    clock.set(first);
    scheduler.runDue(first, (type, id, at) -> service.runStep(id, at));

    assertThat(ports.pairings().history(community())).hasSize(2);
    assertThat(scheduler.steps().values())
        .extracting(RecordingScheduler.Step::at)
        .containsExactly(Instant.parse("2026-12-09T10:00:00Z"));
    // at least once: the same scheduled time again stores nothing new
    service.runStep(community() + ":PEER", first);
    assertThat(ports.pairings().history(community())).hasSize(2);
    assertThat(
            outbox().stream()
                .filter(m -> m.body().kind() == MessageKind.PAIR_FOLLOW_UP)
                .map(OutboxMessage::notBefore))
        .containsOnly(first.plus(Duration.ofDays(5)));
  }

  dev.rituals.core.model.CommunityId community() {
    return ports.communities().findByChannel(CHANNEL).orElseThrow().id();
  }
}
