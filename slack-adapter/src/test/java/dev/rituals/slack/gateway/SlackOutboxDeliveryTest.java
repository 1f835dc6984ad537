package dev.rituals.slack.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.OutboxState;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.service.OutboxSender;
import dev.rituals.core.service.Ports;
import dev.rituals.core.service.delivery.DeliverySettings;
import dev.rituals.core.testing.InMemoryOutbox;
import dev.rituals.core.testing.InMemoryPorts;
import dev.rituals.core.testing.MutableClock;
import dev.rituals.slack.FakeSlackApi;
import dev.rituals.slack.install.BotTokens;
import dev.rituals.slack.render.MessageRenderer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox sender with the real Slack gateway against the fake Web API: per-channel order and
 * pace, Slack's Retry-After honoured, permanent errors recorded for moderators.
 */
class SlackOutboxDeliveryTest {
  static final TenantRef TEAM = new TenantRef(Platform.SLACK, FakeSlackApi.TEAM);
  static final ChannelRef MATHS = new ChannelRef(TEAM, "C0MATHS");
  static final ChannelRef ARTS = new ChannelRef(TEAM, "C0ARTS");

  final FakeSlackApi api = new FakeSlackApi();
  final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
  final Ports ports = InMemoryPorts.create();
  final InMemoryOutbox outbox = (InMemoryOutbox) ports.outbox();
  final CommunityId community = CommunityId.random();
  final OutboxSender sender =
      new OutboxSender(
          ports,
          List.of(
              new SlackChatGateway(
                  slack(api.url()),
                  BotTokens.single(FakeSlackApi.BOT_TOKEN),
                  new MessageRenderer(),
                  SlackRateLimits.tiers(clock))),
          clock,
          DeliverySettings.defaults(new Random(1)));

  @AfterEach
  void stop() {
    api.close();
  }

  void enqueue(ChannelRef channel, String... texts) {
    for (String text : texts) {
      outbox.enqueue(
          List.of(
              OutboxMessage.pending(
                  text,
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

  List<String> posted() {
    return api.calls("chat.postMessage").stream()
        .map(c -> c.param("channel") + ":" + c.param("text"))
        .toList();
  }

  @Test
  void aChannelIsPostedInOrderAboutOncePerSecond() {
    enqueue(MATHS, "m1", "m2", "m3");
    enqueue(ARTS, "a1");

    sender.drain();
    assertThat(posted()).containsExactly("C0MATHS:m1", "C0ARTS:a1");
    clock.advance(Duration.ofMillis(999));
    sender.drain();
    assertThat(posted()).hasSize(2);
    clock.advance(Duration.ofMillis(1));
    sender.drain();
    clock.advance(Duration.ofSeconds(1));
    sender.drain();

    assertThat(posted()).containsExactly("C0MATHS:m1", "C0ARTS:a1", "C0MATHS:m2", "C0MATHS:m3");
  }

  @Test
  void slacksRetryAfterHoldsTheChannelBackAndIsNotCountedAsAnAttempt() {
    api.enqueue(
        "chat.postMessage",
        new FakeSlackApi.Answer(
            429, Map.of("Retry-After", "12"), "{\"ok\":false,\"error\":\"ratelimited\"}"));
    enqueue(MATHS, "first", "second");

    sender.drain();
    assertThat(stored("first").attempts()).isZero();
    assertThat(stored("first").notBefore()).isEqualTo(clock.instant().plusSeconds(12));
    clock.advance(Duration.ofSeconds(11));
    sender.drain();
    assertThat(api.calls("chat.postMessage")).hasSize(1);

    clock.advance(Duration.ofSeconds(1));
    sender.drain();
    clock.advance(Duration.ofSeconds(1));
    sender.drain();
    assertThat(posted()).containsExactly("C0MATHS:first", "C0MATHS:first", "C0MATHS:second");
    assertThat(ports.outbox().count(OutboxState.SENT)).isEqualTo(2);
  }

  @Test
  void notInChannelStopsRetriesAndIsListedWhileTheChannelMovesOn() {
    api.enqueue(
        "chat.postMessage", FakeSlackApi.Answer.ok("{\"ok\":false,\"error\":\"not_in_channel\"}"));
    enqueue(MATHS, "lost", "next");

    for (int i = 0; i < 5; i++) {
      sender.drain();
      clock.advance(Duration.ofMinutes(1));
    }

    assertThat(stored("lost").state()).isEqualTo(OutboxState.FAILED);
    assertThat(ports.outbox().undelivered(community, 10))
        .extracting(m -> m.body().text() + " " + m.lastError().orElseThrow())
        .containsExactly("lost not_in_channel");
    assertThat(posted()).containsExactly("C0MATHS:lost", "C0MATHS:next");
  }

  private static Slack slack(String url) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(url);
    config.setStatsEnabled(false);
    return Slack.getInstance(config);
  }
}
