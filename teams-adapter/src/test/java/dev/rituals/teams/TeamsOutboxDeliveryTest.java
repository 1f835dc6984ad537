package dev.rituals.teams;

import static dev.rituals.teams.Activities.GENERAL_CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.OutboxState;
import dev.rituals.core.service.OutboxSender;
import dev.rituals.core.service.Ports;
import dev.rituals.core.service.delivery.DeliverySettings;
import dev.rituals.core.testing.InMemoryOutbox;
import dev.rituals.core.testing.InMemoryPorts;
import dev.rituals.core.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox sender in front of the real Teams gateway and a fake Bot Connector: 429 and 503 back
 * off, 403/404 stop retries and are listed for moderators, and the conversation keeps its order.
 */
class TeamsOutboxDeliveryTest {
  static final long SEED = 7;
  final MutableClock clock = new MutableClock(TeamsTestApp.NOW);
  final Ports ports = InMemoryPorts.create();
  final CommunityId community = CommunityId.random();
  TeamsTestApp app;
  OutboxSender sender;

  @BeforeEach
  void start() throws Exception {
    app = new TeamsTestApp(TeamsSettings.local(), clock, null);
    app.post(app.activities.teamInstall());
    app.connector.clear();
    sender =
        new OutboxSender(
            ports, List.of(app.gateway()), clock, DeliverySettings.defaults(new Random(SEED)));
  }

  @AfterEach
  void stop() throws Exception {
    app.close();
  }

  OutboxMessage enqueue(String text) {
    OutboxMessage m =
        OutboxMessage.pending(
            text,
            Optional.of(community),
            new Destination.Channel(GENERAL_CHANNEL),
            MessageBody.text(text),
            clock.instant());
    ports.outbox().enqueue(List.of(m));
    clock.advance(Duration.ofMillis(1));
    return m;
  }

  OutboxMessage stored(OutboxMessage m) {
    return ((InMemoryOutbox) ports.outbox())
        .all().stream().filter(u -> u.id().equals(m.id())).findFirst().orElseThrow();
  }

  List<String> postedTexts() {
    return app.connector.messages().stream().map(c -> c.body().path("text").asText()).toList();
  }

  @Test
  void repeated429sWithoutRetryAfterBackOffLongerEachTimeAndDoNotCountAsAttempts() {
    app.connector.failNext(429, Map.of(), "TooManyRequests");
    app.connector.failNext(429, Map.of(), "TooManyRequests");
    OutboxMessage hello = enqueue("hello");
    enqueue("after");

    sender.drain();
    OutboxMessage first = stored(hello);
    Duration firstWait = Duration.between(clock.instant(), first.notBefore());
    assertThat(first.attempts()).isZero();
    clock.set(first.notBefore());
    sender.drain();
    OutboxMessage second = stored(hello);
    Duration secondWait = Duration.between(clock.instant(), second.notBefore());
    clock.set(second.notBefore());
    sender.drain();
    clock.advance(Duration.ofSeconds(1));
    sender.drain();

    assertThat(firstWait.toMillis()).as("seed %s", SEED).isBetween(1000L, 2000L);
    assertThat(secondWait.toMillis()).as("seed %s", SEED).isBetween(2000L, 4000L);
    assertThat(postedTexts()).as("order kept").endsWith("hello", "after");
    assertThat(ports.outbox().count(OutboxState.SENT)).isEqualTo(2);
  }

  @Test
  void serviceUnavailableHonoursRetryAfterAndCountsAnAttempt() {
    // the SDK's own RetryHandler tries 5xx four times before giving up
    for (int i = 0; i < 4; i++) {
      app.connector.failNext(503, Map.of("Retry-After", "120"), "ServiceUnavailable");
    }
    OutboxMessage busy = enqueue("busy");

    sender.drain();
    OutboxMessage waiting = stored(busy);
    assertThat(waiting.attempts()).isEqualTo(1);
    assertThat(waiting.notBefore()).isEqualTo(clock.instant().plusSeconds(120));
    assertThat(waiting.lastError()).contains("Teams answered 503 ServiceUnavailable");

    clock.set(waiting.notBefore());
    sender.drain();
    assertThat(ports.outbox().count(OutboxState.SENT)).isEqualTo(1);
  }

  @Test
  void forbiddenAndNotFoundStopRetriesAndAreListedForModerators() {
    app.connector.failNext(403, Map.of(), "BotNotInConversationRoster");
    OutboxMessage removed = enqueue("removed");
    app.connector.clear();

    sender.drain();
    clock.advance(Duration.ofHours(1));
    sender.drain();

    assertThat(ports.outbox().undelivered(community, 10))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.id()).isEqualTo(removed.id());
              assertThat(m.state()).isEqualTo(OutboxState.FAILED);
              assertThat(m.lastError()).contains("Teams answered 403 BotNotInConversationRoster");
            });
    assertThat(app.connector.messages()).hasSize(1);
  }
}
