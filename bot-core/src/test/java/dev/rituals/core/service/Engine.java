package dev.rituals.core.service;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Member;
import dev.rituals.core.model.MessageKind;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.Question;
import dev.rituals.core.model.QuestionId;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.RitualKind;
import dev.rituals.core.model.RitualPlan;
import dev.rituals.core.model.RitualState;
import dev.rituals.core.model.Schedule;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.testing.InMemoryPorts;
import dev.rituals.core.testing.MutableClock;
import dev.rituals.core.testing.RecordingChatGateway;
import dev.rituals.core.testing.RecordingChatGateway.Sent;
import dev.rituals.core.testing.RecordingScheduler;
import dev.rituals.core.usecase.AnswerOutcome;
import dev.rituals.core.usecase.IncomingMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The engine on in-memory ports, a hand-moved clock and a recording scheduler whose due steps run
 * when the clock is moved: what Quartz and the outbox pump do in production.
 */
final class Engine {
  static final ChannelRef SLACK_CHANNEL = ChannelRef.of(Platform.SLACK, "T1", "C1");
  static final ChannelRef TEAMS_CHANNEL = ChannelRef.of(Platform.TEAMS, "tenant-1", "19:abc");

  final Ports ports = InMemoryPorts.create();
  final MutableClock clock;
  final RecordingChatGateway slack = new RecordingChatGateway(Platform.SLACK);
  final RecordingChatGateway teams = new RecordingChatGateway(Platform.TEAMS);
  final RecordingScheduler scheduler = new RecordingScheduler();
  final OccurrenceService occurrences;
  final OutboxSender sender;
  final AnswerService answers;
  final Community community;
  private final AtomicLong messageIds = new AtomicLong(1);

  Engine(Instant start, ZoneId zone, ChannelRef... channels) {
    clock = new MutableClock(start);
    occurrences = new OccurrenceService(ports, scheduler, clock, OutboxSignal.NONE);
    sender = new OutboxSender(ports, List.of(slack, teams), clock);
    answers = new AnswerService(ports, clock);
    community =
        new Community(
            CommunityId.random(),
            SLACK_CHANNEL.tenant(),
            "Science Teachers",
            "inquiry in grades 6-8",
            zone,
            Set.of(channels.length == 0 ? new ChannelRef[] {SLACK_CHANNEL} : channels),
            start.minus(Duration.ofDays(30)));
    ports.communities().save(community);
  }

  Ritual ritual(int number, RitualKind kind, Schedule schedule, RitualPlan plan) {
    Ritual ritual =
        new Ritual(
            RitualId.random(),
            community.id(),
            number,
            kind,
            schedule,
            Optional.empty(),
            Optional.empty(),
            RitualState.ACTIVE,
            clock.instant(),
            plan);
    ports.rituals().save(ritual);
    return ritual;
  }

  void bank(String... questions) {
    for (String text : questions) {
      ports
          .questions()
          .save(
              new Question(
                  QuestionId.random(),
                  community.id(),
                  ports.questions().nextNumber(community.id()),
                  text,
                  Set.of(),
                  clock.instant(),
                  Optional.empty(),
                  0));
    }
  }

  Member member(UserRef user, String name) {
    Member member = Member.joining(community.id(), user, name, community.createdAt());
    ports.members().save(member);
    return member;
  }

  /** Moves the clock, running every step due on the way and delivering what they enqueued. */
  void advanceTo(Instant instant) {
    while (true) {
      Optional<Instant> nextStep =
          scheduler.steps().values().stream()
              .filter(s -> !s.type().equals("fire") && !s.at().isAfter(instant))
              .map(RecordingScheduler.Step::at)
              .min(Instant::compareTo);
      if (nextStep.isEmpty()) {
        break;
      }
      if (nextStep.get().isAfter(clock.instant())) {
        clock.set(nextStep.get());
      }
      scheduler.runDue(clock.instant(), occurrences::runStep);
      sender.drain();
    }
    if (instant.isAfter(clock.instant())) {
      clock.set(instant);
    }
    sender.drain();
  }

  void advance(Duration duration) {
    advanceTo(clock.instant().plus(duration));
  }

  List<Sent> sentTo(ChannelRef channel) {
    RecordingChatGateway gateway = channel.platform() == Platform.SLACK ? slack : teams;
    return gateway.sent().stream().filter(s -> s.ref().channel().equals(channel)).toList();
  }

  /** The message of Q{number} in the channel. */
  MessageRef question(ChannelRef channel, int number) {
    return sentTo(channel).stream()
        .filter(s -> s.body().kind() == MessageKind.PROMPT)
        .filter(s -> s.body().field("number").equals(Optional.of(Integer.toString(number))))
        .map(Sent::ref)
        .findFirst()
        .orElseThrow(() -> new AssertionError("Q" + number + " was not posted in " + channel));
  }

  AnswerOutcome threadReply(UserRef user, String name, MessageRef parent, String text) {
    return say(user, name, parent.channel(), Optional.of(parent), text);
  }

  AnswerOutcome channelMessage(UserRef user, String name, ChannelRef channel, String text) {
    return say(user, name, channel, Optional.empty(), text);
  }

  private AnswerOutcome say(
      UserRef user, String name, ChannelRef channel, Optional<MessageRef> parent, String text) {
    String ts = "1700." + messageIds.incrementAndGet();
    return answers.onMessage(
        new IncomingMessage(
            user,
            name,
            text,
            new MessageRef(channel, ts),
            parent,
            channel.channelId() + ":" + ts,
            clock.instant()));
  }
}
