package dev.rituals.core.service.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.Hosting;
import dev.rituals.core.model.HostingState;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.service.ArchiveService;
import dev.rituals.core.service.OccurrenceService;
import dev.rituals.core.service.OutboxSender;
import dev.rituals.core.service.OutboxSignal;
import dev.rituals.core.service.Ports;
import dev.rituals.core.testing.InMemoryPorts;
import dev.rituals.core.testing.MutableClock;
import dev.rituals.core.testing.RecordingChatGateway;
import dev.rituals.core.testing.RecordingChatGateway.Sent;
import dev.rituals.core.testing.RecordingScheduler;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.CommandReply.Outcome;
import dev.rituals.core.usecase.CommandRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * schedule host: each member in turn is invited by direct message to choose the question; a
 * question written or picked by the deadline opens the round, otherwise the bank's next one does.
 */
class RotatingHostTest {
  static final ZoneId NY = ZoneId.of("America/New_York");
  static final ChannelRef CHANNEL = ChannelRef.of(Platform.SLACK, "T1", "C1");
  static final UserRef MOD = UserRef.of(Platform.SLACK, "T1", "U_MOD");
  static final UserRef ANA = UserRef.of(Platform.SLACK, "T1", "U_ANA");
  static final UserRef BEN = UserRef.of(Platform.SLACK, "T1", "U_BEN");
  // Fridays 07:00 New York (EST, UTC-5), and the Tuesdays (3 days before) and Thursdays (1 day).
  static final Instant NOV_20 = Instant.parse("2026-11-20T12:00:00Z");
  static final Instant NOV_27 = Instant.parse("2026-11-27T12:00:00Z");
  static final Instant DEC_4 = Instant.parse("2026-12-04T12:00:00Z");

  Ports ports = InMemoryPorts.create();
  MutableClock clock = new MutableClock(Instant.parse("2026-11-16T15:00:00Z"));
  RecordingScheduler scheduler = new RecordingScheduler();
  RecordingChatGateway slack = new RecordingChatGateway(Platform.SLACK);
  OccurrenceService occurrences = new OccurrenceService(ports, scheduler, clock, OutboxSignal.NONE);
  OutboxSender sender = new OutboxSender(ports, List.of(slack), clock);
  CommandService commands = new CommandService(ports, scheduler, occurrences, clock);

  CommandReply say(UserRef who, String text) {
    return commands.handle(
        new CommandRequest(who, who.userId(), Optional.of(CHANNEL), text, false, Optional.of(NY)));
  }

  /** Typed in the bot's direct chat, where the invitation arrives. */
  CommandReply direct(UserRef who, String text) {
    return commands.handle(
        new CommandRequest(who, who.userId(), Optional.empty(), text, false, Optional.of(NY)));
  }

  @BeforeEach
  void communityWithABankAndAWeeklyPrompt() {
    say(MOD, "community create \"Maths\" tz America/New_York");
    clock.advance(Duration.ofMinutes(1));
    say(ANA, "community join");
    clock.advance(Duration.ofMinutes(1));
    say(BEN, "community join");
    say(MOD, "questions add \"Bank one?\"");
    say(MOD, "questions add \"Bank two?\"");
    say(MOD, "questions add \"Bank three?\"");
    say(MOD, "schedule add weekly fri 07:00 America/New_York bank");
  }

  Ritual ritual() {
    Community community = ports.communities().findByChannel(CHANNEL).orElseThrow();
    return ports.rituals().findByNumber(community.id(), 1).orElseThrow();
  }

  /** Moves the clock to {@code until}, running the host steps due on the way, then delivers. */
  void runStepsUntil(Instant until) {
    clock.set(until);
    scheduler.runDue(until, occurrences::runStep);
    sender.drain();
  }

  String q1(Occurrence occurrence) {
    return ports.occurrences().findPrompts(occurrence.id()).get(0).text();
  }

  List<Sent> directsTo(UserRef user) {
    return slack.sent().stream()
        .filter(s -> s.destination().equals(new Destination.Direct(user)))
        .toList();
  }

  @Test
  void theInvitedHostsQuestionOpensTheRoundAndTheNextMemberIsInvitedForTheNextOne() {
    CommandReply on = say(MOD, "schedule host 1 on lead 3d deadline 1d");
    assertThat(on.text())
        .contains("Ritual #1 has a rotating host: 3d before each round")
        .contains("First hosted round: Fri 20 Nov, 07:00 America/New_York.");

    runStepsUntil(Instant.parse("2026-11-17T12:00:00Z"));
    assertThat(directsTo(ANA)).isEmpty();
    List<Sent> invitation = directsTo(MOD);
    assertThat(invitation).hasSize(1);
    assertThat(invitation.get(0).body().text())
        .contains("it's your turn to host *Maths*")
        .contains("Fri 20 Nov, 07:00 America/New_York")
        .contains("/rituals host question \"...\"")
        .contains("1. Bank one?")
        .contains("If you haven't chosen by Thu 19 Nov, 07:00");

    CommandReply chosen = direct(MOD, "host question \"What routine do students run alone?\"");
    assertThat(chosen.outcome()).isEqualTo(Outcome.OK);
    assertThat(chosen.text()).contains("Fri 20 Nov, 07:00").contains("What routine");

    runStepsUntil(Instant.parse("2026-11-19T12:00:00Z"));
    Occurrence first = occurrences.fire(ritual().id(), NOV_20).orElseThrow();
    assertThat(q1(first)).isEqualTo("What routine do students run alone?");
    assertThat(new ArchiveService(ports).markdown(first.communityId(), first.id()).orElseThrow())
        .contains("Hosted by U_MOD");

    runStepsUntil(Instant.parse("2026-11-24T12:00:00Z"));
    assertThat(directsTo(ANA)).as("the earliest member who has not hosted yet").hasSize(1);
    assertThat(directsTo(BEN)).isEmpty();
    assertThat(direct(ANA, "host pick 2").text()).contains("“Bank two?”");
    runStepsUntil(NOV_27);
    assertThat(q1(occurrences.fire(ritual().id(), NOV_27).orElseThrow())).isEqualTo("Bank two?");
  }

  @Test
  void aHostWhoDoesNotAnswerByTheDeadlineIsToldAndTheBanksNextQuestionIsUsed() {
    say(MOD, "schedule host 1 on");
    runStepsUntil(Instant.parse("2026-11-17T12:00:00Z"));
    assertThat(directsTo(MOD)).hasSize(1);

    runStepsUntil(Instant.parse("2026-11-19T12:00:00Z"));
    assertThat(directsTo(MOD)).hasSize(2);
    assertThat(directsTo(MOD).get(1).body().text()).contains("No question came for *Maths*");
    assertThat(direct(MOD, "host question \"Too late?\"").outcome()).isEqualTo(Outcome.NOT_FOUND);

    Occurrence first = occurrences.fire(ritual().id(), NOV_20).orElseThrow();
    assertThat(q1(first)).isEqualTo("Bank one?");
    List<Hosting> recorded =
        ports.hostings().hostings(ports.communities().findByChannel(CHANNEL).get().id());
    assertThat(recorded).extracting(Hosting::host).containsExactly(MOD);
    assertThat(recorded).extracting(Hosting::state).containsExactly(HostingState.MISSED);
  }

  @Test
  void turningTheRotationOffStopsInvitations() {
    say(MOD, "schedule host 1 on");
    assertThat(say(MOD, "schedule host 1 off").text()).contains("no rotating host now");
    assertThat(ritual().settings().hostRotation()).isEmpty();

    runStepsUntil(Instant.parse("2026-11-19T12:00:00Z"));
    assertThat(slack.sent()).isEmpty();
    assertThat(q1(occurrences.fire(ritual().id(), NOV_20).orElseThrow())).isEqualTo("Bank one?");
    runStepsUntil(DEC_4);
    assertThat(slack.sent().stream().filter(s -> s.destination() instanceof Destination.Direct))
        .isEmpty();
  }

  @Test
  void badHostCommandsGetAShortAnswerAndChangeNothing() {
    assertThat(say(ANA, "schedule host 1 on").outcome()).isEqualTo(Outcome.DENIED);
    assertThat(say(MOD, "schedule host 1 on lead 1d deadline 2d").text())
        .contains("must come after the invitation");
    assertThat(say(MOD, "schedule host 1 on deadline 5d").text())
        .contains("The deadline must be shorter than the invitation lead (3d)");
    assertThat(say(MOD, "schedule host 1 maybe").outcome()).isEqualTo(Outcome.USAGE_ERROR);
    assertThat(say(MOD, "schedule host 7 on").outcome()).isEqualTo(Outcome.NOT_FOUND);
    assertThat(ritual().settings().hostRotation()).isEmpty();

    assertThat(direct(BEN, "host question \"Mine?\"").text())
        .contains("You have no open invitation to host");
    say(MOD, "schedule host 1 on");
    runStepsUntil(Instant.parse("2026-11-17T12:00:00Z"));
    assertThat(direct(MOD, "host pick 99").text()).contains("has no question 99");
    assertThat(direct(MOD, "host pick zero").outcome()).isEqualTo(Outcome.USAGE_ERROR);
  }
}
