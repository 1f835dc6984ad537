package dev.rituals.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.OutboxState;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.ChatGateway;
import dev.rituals.core.port.DeliveryResult;
import dev.rituals.core.service.OutboxSender;
import dev.rituals.core.service.Ports;
import dev.rituals.db.Database;
import dev.rituals.db.JooqRepositories;
import dev.rituals.db.Vendor;
import dev.rituals.db.testing.TestDatabases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The pump's sending threads on a real database: they overlap their platform calls, yet every
 * channel still gets its messages once each and in the order they were enqueued.
 */
class OutboxPumpTest {
  static final TenantRef TENANT = new TenantRef(Platform.SLACK, "T1");
  static final int CHANNELS = 40;
  static final int PER_CHANNEL = 5;

  /** Takes a few milliseconds per call, like a platform round trip, and records what it saw. */
  static final class SlowGateway implements ChatGateway {
    final Map<String, List<String>> received = new ConcurrentHashMap<>();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();
    final AtomicInteger ids = new AtomicInteger();

    @Override
    public Platform platform() {
      return Platform.SLACK;
    }

    @Override
    public DeliveryResult post(ChannelRef channel, MessageBody body) {
      mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      try {
        Thread.sleep(3);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        inFlight.decrementAndGet();
      }
      received
          .computeIfAbsent(channel.channelId(), c -> new ArrayList<>())
          // One thread per channel at a time (the outbox hands out a channel's next message only
          // after this one is marked sent), so the list needs no lock; a second one would show.
          .add(body.text());
      return new DeliveryResult.Delivered(new MessageRef(channel, "m" + ids.incrementAndGet()));
    }

    @Override
    public DeliveryResult replyInThread(MessageRef parent, MessageBody body) {
      throw new UnsupportedOperationException("not used here");
    }

    @Override
    public DeliveryResult directMessage(UserRef user, MessageBody body) {
      throw new UnsupportedOperationException("not used here");
    }

    @Override
    public DeliveryResult privateReply(ChannelRef channel, UserRef user, MessageBody body) {
      throw new UnsupportedOperationException("not used here");
    }

    @Override
    public DeliveryResult update(MessageRef message, MessageBody body) {
      throw new UnsupportedOperationException("not used here");
    }
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void sendingThreadsOverlapButKeepEachChannelsOrder(Vendor vendor) throws Exception {
    try (Database database = TestDatabases.of(vendor)) {
      Ports ports = JooqRepositories.of(database).ports();
      Instant start = Instant.now().minusSeconds(60);
      List<OutboxMessage> messages = new ArrayList<>();
      // Enqueued round-robin across channels, so every claim mixes channels.
      for (int n = 0; n < PER_CHANNEL; n++) {
        for (int c = 0; c < CHANNELS; c++) {
          messages.add(
              OutboxMessage.pending(
                  "k" + c + "-" + n,
                  Optional.empty(),
                  new Destination.Channel(new ChannelRef(TENANT, "C" + c)),
                  MessageBody.text(String.valueOf(n)),
                  start.plusMillis(messages.size())));
        }
      }
      ports.transactions().inTransaction(() -> ports.outbox().enqueue(messages));
      SlowGateway gateway = new SlowGateway();
      OutboxPump pump = new OutboxPump(Duration.ofMillis(50), 4);
      try {
        pump.start(new OutboxSender(ports, List.of(gateway), Clock.systemUTC()));
        await()
            .atMost(Duration.ofSeconds(60))
            .until(() -> ports.outbox().count(OutboxState.SENT) == CHANNELS * PER_CHANNEL);
      } finally {
        pump.close();
      }

      List<String> inOrder = List.of("0", "1", "2", "3", "4");
      assertThat(gateway.received).hasSize(CHANNELS);
      assertThat(gateway.received.values()).allSatisfy(got -> assertThat(got).isEqualTo(inOrder));
      assertThat(gateway.mostAtOnce.get()).as("platform calls at once").isGreaterThan(1);
    }
  }
}
