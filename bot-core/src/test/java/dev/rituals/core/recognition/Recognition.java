package dev.rituals.core.recognition;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Member;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.service.AnswerService;
import dev.rituals.core.service.OccurrenceService;
import dev.rituals.core.service.OutboxSignal;
import dev.rituals.core.service.Ports;
import dev.rituals.core.testing.InMemoryOutbox;
import dev.rituals.core.testing.InMemoryPorts;
import dev.rituals.core.testing.InMemoryRecognition;
import dev.rituals.core.testing.MutableClock;
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
 * The engine with recognition listening, on in-memory ports and a hand-moved clock: questions are
 * posted with "ask now" and answered with "A1 ..." messages in the channel, as people do.
 */
final class Recognition {
  static final ChannelRef CHANNEL = ChannelRef.of(Platform.SLACK, "T1", "C1");
  static final UserRef ANA = UserRef.of(Platform.SLACK, "T1", "U_ANA");
  static final UserRef BEN = UserRef.of(Platform.SLACK, "T1", "U_BEN");

  final Ports ports = InMemoryPorts.create();
  final RecognitionPorts recognition = InMemoryRecognition.create(ports);
  final MutableClock clock;
  final RecordingScheduler scheduler = new RecordingScheduler();
  final RecognitionService service;
  final OccurrenceService occurrences;
  final AnswerService answers;
  final Community community;
  private final AtomicLong ids = new AtomicLong(1);

  Recognition(Instant start) {
    clock = new MutableClock(start);
    service = new RecognitionService(ports, recognition, clock, scheduler);
    occurrences = new OccurrenceService(ports, scheduler, clock, OutboxSignal.NONE, service);
    answers = new AnswerService(ports, clock, service);
    community =
        new Community(
            CommunityId.random(),
            CHANNEL.tenant(),
            "Science Teachers",
            "inquiry in grades 6-8",
            ZoneId.of("America/New_York"),
            Set.of(CHANNEL),
            start.minus(Duration.ofDays(60)));
    ports.communities().save(community);
  }

  Member member(UserRef user, String name) {
    Member member = Member.joining(community.id(), user, name, community.createdAt());
    ports.members().save(member);
    return member;
  }

  Occurrence ask(String question) {
    return occurrences.askNow(community, Optional.of(question)).orElseThrow();
  }

  AnswerOutcome answer(UserRef who, String text) {
    long n = ids.getAndIncrement();
    return answers.onMessage(
        new IncomingMessage(
            who,
            who.userId(),
            "A1 " + text,
            new MessageRef(CHANNEL, "m" + n),
            Optional.empty(),
            "C1:" + n,
            clock.instant()));
  }

  /** A reply in the thread of the person's latest answer: conversation, counted for it. */
  void replyTo(UserRef who, UserRef answerAuthor) {
    MessageRef parent =
        recognition.activity().answersBy(community.id(), answerAuthor).stream()
            .reduce((a, b) -> b)
            .flatMap(dev.rituals.core.model.Answer::message)
            .orElseThrow();
    long n = ids.getAndIncrement();
    answers.onMessage(
        new IncomingMessage(
            who,
            who.userId(),
            "great idea",
            new MessageRef(CHANNEL, "m" + n),
            Optional.of(parent),
            "C1:" + n,
            clock.instant()));
  }

  /** Asks a question and has the person answer it, {@code weeks} weeks in a row. */
  void answerWeekly(UserRef who, int weeks) {
    for (int i = 0; i < weeks; i++) {
      ask("Week " + i + ": what did you try?");
      answer(who, "tried something " + i);
      clock.advance(Duration.ofDays(7));
    }
  }

  List<OutboxMessage> outbox() {
    return ((InMemoryOutbox) ports.outbox()).all();
  }

  List<String> channelTexts() {
    return outbox().stream()
        .filter(m -> m.destination() instanceof dev.rituals.core.model.Destination.Channel)
        .map(m -> m.body().text())
        .toList();
  }
}
