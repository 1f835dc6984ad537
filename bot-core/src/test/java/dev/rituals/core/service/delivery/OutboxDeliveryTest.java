package dev.rituals.core.service.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.OutboxState;
import dev.rituals.core.model.Platform;
import dev.rituals.core.port.DeliveryObserver.Outcome;
import dev.rituals.core.port.DeliveryResult;
import dev.rituals.core.service.OutboxSender;
import dev.rituals.core.service.Ports;
import dev.rituals.core.testing.InMemoryOutbox;
import dev.rituals.core.testing.InMemoryPorts;
import dev.rituals.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OutboxDeliveryTest {
  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  static final ChannelRef C1 = ChannelRef.of(Platform.SLACK, "T1", "C1");
  static final ChannelRef C2 = ChannelRef.of(Platform.SLACK, "T1", "C2");
  static final ChannelRef TEAMS = ChannelRef.of(Platform.TEAMS, "tenant-1", "19:x");
  static final long SEED = 42;

  final MutableClock clock = new MutableClock(T0);
  final Ports ports = InMemoryPorts.create();
  final InMemoryOutbox outbox = (InMemoryOutbox) ports.outbox();
  final ScriptedGateway slack = new ScriptedGateway(Platform.SLACK);
  final ScriptedGateway teams = new ScriptedGateway(Platform.TEAMS);
  final List<Outcome> outcomes = new ArrayList<>();
  final CommunityId community = CommunityId.random();
  final OutboxSender sender =
      new OutboxSender(
          ports,
          List.of(slack, teams),
          clock,
          DeliverySettings.defaults(new Random(SEED))
              .withObserver((platform, outcome) -> outcomes.add(outcome)));

  void enqueue(ChannelRef channel, String... texts) {
    for (String text : texts) {
      outbox.enqueue(
          List.of(
              OutboxMessage.pending(
                  channel.channelId() + "/" + text,
                  Optional.of(community),
                  new Destination.Channel(channel),
                  MessageBody.text(text),
                  clock.instant())));
      clock.advance(Duration.ofMillis(1));
    }
  }

  OutboxMessage stored(String text) {
    return outbox.all().stream().filter(m -> m.body().text().equals(text)).findFirst().get();
  }

  void drainFor(Duration total, Duration step) {
    for (Duration passed = Duration.ZERO;
        passed.compareTo(total) <= 0;
        passed = passed.plus(step)) {
      sender.drain();
      clock.advance(step);
    }
  }

  @Test
  void aLaterMessageNeverOvertakesAnEarlierUndeliveredOneInTheSameChannel() {
    slack.script("first", new DeliveryResult.RetryLater(Duration.ofSeconds(30), "http 503"));
    enqueue(C1, "first", "second", "third");
    enqueue(C2, "elsewhere");

    drainFor(Duration.ofSeconds(20), Duration.ofSeconds(1));
    assertThat(slack.posted).containsExactly("C2:elsewhere");

    drainFor(Duration.ofSeconds(20), Duration.ofSeconds(1));
    assertThat(slack.posted).containsExactly("C2:elsewhere", "C1:first", "C1:second", "C1:third");
  }

  @Test
  void aChannelGetsAboutOneMessagePerSecondWhileOtherChannelsAreNotHeldUp() {
    enqueue(C1, "a", "b", "c");
    enqueue(C2, "x");

    sender.drain();
    assertThat(slack.posted).containsExactly("C1:a", "C2:x");
    assertThat(stored("b").attempts()).as("pacing is not a failed attempt").isZero();

    clock.advance(Duration.ofMillis(500));
    sender.drain();
    assertThat(slack.posted).hasSize(2);

    clock.advance(Duration.ofMillis(500));
    sender.drain();
    assertThat(slack.posted).containsExactly("C1:a", "C2:x", "C1:b");
    clock.advance(Duration.ofSeconds(1));
    sender.drain();
    assertThat(slack.posted).containsExactly("C1:a", "C2:x", "C1:b", "C1:c");
    assertThat(outcomes).contains(Outcome.THROTTLED);
  }

  @Test
  void slack429IsHonouredForItsRetryAfterWithoutCountingAnAttempt() {
    slack.script("hello", new DeliveryResult.Throttled(Duration.ofSeconds(30), "ratelimited"));
    enqueue(C1, "hello", "after");

    sender.drain();
    assertThat(stored("hello").state()).isEqualTo(OutboxState.PENDING);
    assertThat(stored("hello").attempts()).isZero();
    assertThat(stored("hello").notBefore()).isEqualTo(clock.instant().plusSeconds(30));

    clock.advance(Duration.ofSeconds(29));
    sender.drain();
    assertThat(slack.posted).isEmpty();

    clock.advance(Duration.ofSeconds(1));
    sender.drain();
    clock.advance(Duration.ofSeconds(1));
    sender.drain();
    assertThat(slack.posted).containsExactly("C1:hello", "C1:after");
  }

  @Test
  void teams429And503WithoutRetryAfterBackOffExponentiallyWithJitter() {
    List<Duration> waits = new ArrayList<>();
    DeliveryResult[] answers = new DeliveryResult[6];
    for (int i = 0; i < answers.length; i++) {
      answers[i] =
          i % 2 == 0
              ? new DeliveryResult.Throttled(Duration.ZERO, "Teams answered 429")
              : new DeliveryResult.RetryLater(Duration.ZERO, "Teams answered 503");
    }
    teams.script("busy", answers);
    enqueue(TEAMS, "busy");

    for (int i = 0; i < answers.length; i++) {
      Instant before = clock.instant();
      sender.drain();
      OutboxMessage m = stored("busy");
      waits.add(Duration.between(before, m.notBefore()));
      clock.set(m.notBefore());
    }
    sender.drain();

    assertThat(teams.posted).as("seed %s", SEED).containsExactly("19:x:busy");
    // 429s (1st, 2nd, 3rd in a row): 2 s, 4 s, 8 s, each drawn from [half, full].
    assertWithin(waits.get(0), 1000, 2000);
    assertWithin(waits.get(2), 2000, 4000);
    assertWithin(waits.get(4), 4000, 8000);
    // 503s count attempts (1, 2, 3): 2 s, 4 s, 8 s.
    assertWithin(waits.get(1), 1000, 2000);
    assertWithin(waits.get(3), 2000, 4000);
    assertWithin(waits.get(5), 4000, 8000);
    assertThat(waits)
        .as("jitter: not all exactly the full wait, seed %s", SEED)
        .doesNotHaveDuplicates();
  }

  private static void assertWithin(Duration wait, long minMillis, long maxMillis) {
    assertThat(wait.toMillis()).as("seed %s", SEED).isBetween(minMillis, maxMillis);
  }

  @Test
  void permanentErrorsStopRetriesAreRecordedAndDoNotBlockTheChannel() {
    slack.script("gone", new DeliveryResult.Failed("channel_not_found"));
    enqueue(C1, "gone", "next");

    drainFor(Duration.ofSeconds(3), Duration.ofSeconds(1));

    assertThat(stored("gone").state()).isEqualTo(OutboxState.FAILED);
    assertThat(stored("gone").lastError()).contains("channel_not_found");
    assertThat(slack.calls.stream().filter(c -> c.endsWith(":gone"))).hasSize(1);
    assertThat(slack.posted).containsExactly("C1:next");
    assertThat(outcomes).containsExactly(Outcome.FAILED, Outcome.THROTTLED, Outcome.DELIVERED);
    assertThat(outbox.undelivered(community, 10))
        .extracting(m -> m.body().text())
        .containsExactly("gone");
  }

  @Test
  void transientFailuresGiveUpAfterTheMaximumNumberOfAttempts() {
    DeliveryResult[] failures = new DeliveryResult[20];
    java.util.Arrays.fill(failures, new DeliveryResult.RetryLater(Duration.ZERO, "http 500"));
    slack.script("doomed", failures);
    enqueue(C1, "doomed");

    drainFor(Duration.ofHours(2), Duration.ofSeconds(30));

    OutboxMessage m = stored("doomed");
    assertThat(m.state()).isEqualTo(OutboxState.FAILED);
    assertThat(m.lastError().orElseThrow()).startsWith("gave up after 8 attempts: http 500");
    assertThat(slack.calls).hasSize(8);
  }

  @Test
  void aBatchStillUnsentHalfwayThroughItsLeaseIsHandedBackNotSentLate() {
    ChannelRef c3 = ChannelRef.of(Platform.SLACK, "T1", "C3");
    enqueue(C1, "one");
    enqueue(C2, "two");
    enqueue(c3, "three");
    // Each send takes 40 s: the third would start 80 s into a 2-minute lease.
    slack.onSend = () -> clock.advance(Duration.ofSeconds(40));

    assertThat(sender.deliverDue(10)).isEqualTo(3);

    assertThat(slack.posted).containsExactly("C1:one", "C2:two");
    OutboxMessage handedBack = stored("three");
    assertThat(handedBack.state()).isEqualTo(OutboxState.PENDING);
    assertThat(handedBack.attempts()).isZero();
    assertThat(handedBack.notBefore()).isEqualTo(clock.instant());
    slack.onSend = () -> {};
    sender.deliverDue(10);
    assertThat(slack.posted).containsExactly("C1:one", "C2:two", "C3:three");
  }

  @Test
  void outboxAgeIsTheOldestPendingMessage() {
    assertThat(outbox.oldestPending()).isEmpty();
    enqueue(C1, "one", "two");
    assertThat(outbox.oldestPending()).contains(T0);
    sender.drain();
    assertThat(outbox.oldestPending()).contains(T0.plusMillis(1));
  }
}
