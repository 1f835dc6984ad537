package dev.rituals.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.port.DeliveryResult;
import dev.rituals.core.testing.ChannelPostGateway;
import dev.rituals.db.Database;
import dev.rituals.db.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes on one PostgreSQL keep one channel at about one message per second together: the pace
 * is kept in the database, so the node that sends a channel's next message knows the other node has
 * just sent the one before it.
 */
class ClusterPaceTest {
  static final TenantRef TENANT = new TenantRef(Platform.SLACK, "T1");
  static final ChannelRef CHANNEL = new ChannelRef(TENANT, "C1");
  static final int MESSAGES = 6;

  @TempDir Path dir;
  final Database shared = TestDatabases.postgres();

  /** When each message reached the platform, and from which node. */
  record Send(String text, long atMillis, String node) {}

  final List<Send> sends = Collections.synchronizedList(new ArrayList<>());
  final List<RitualsApp> nodes = new ArrayList<>();

  @AfterEach
  void stop() {
    nodes.forEach(RitualsApp::close);
    shared.close();
  }

  /** A platform that takes a moment per call, like a real round trip. */
  final class TimedGateway extends ChannelPostGateway {
    final String node;
    final AtomicInteger ids = new AtomicInteger();

    TimedGateway(String node) {
      this.node = node;
    }

    @Override
    public Platform platform() {
      return Platform.SLACK;
    }

    @Override
    public DeliveryResult post(ChannelRef channel, MessageBody body) {
      sends.add(new Send(body.text(), System.currentTimeMillis(), node));
      return new DeliveryResult.Delivered(new MessageRef(channel, node + ids.incrementAndGet()));
    }
  }

  RitualsApp node(String name) throws Exception {
    AppConfig anyPort = ClusterNodes.config(shared, dir.resolve(name));
    RitualsApp app =
        RitualsApp.start(
            anyPort,
            Clock.systemUTC(),
            AppHooks.NONE.withGateways(List.of(new TimedGateway(name))));
    nodes.add(app);
    return app;
  }

  @Test
  void twoNodesSendOneChannelAtAboutOneMessagePerSecondTogether() throws Exception {
    RitualsApp a = node("a");
    node("b");
    Instant now = Instant.now();
    List<OutboxMessage> messages = new ArrayList<>();
    for (int i = 0; i < MESSAGES; i++) {
      messages.add(
          OutboxMessage.pending(
              "pace-" + i,
              Optional.empty(),
              new Destination.Channel(CHANNEL),
              MessageBody.text("message " + i),
              now.plusMillis(i)));
    }
    a.ports().transactions().inTransaction(() -> a.ports().outbox().enqueue(messages));

    await().atMost(Duration.ofSeconds(60)).until(() -> sends.size() >= MESSAGES);
    Thread.sleep(1_500); // anything sent twice would come right after

    List<Send> inOrder = List.copyOf(sends);
    assertThat(inOrder)
        .extracting(Send::text)
        .containsExactly(messages.stream().map(m -> m.body().text()).toArray(String[]::new));
    for (int i = 1; i < inOrder.size(); i++) {
      long gap = inOrder.get(i).atMillis() - inOrder.get(i - 1).atMillis();
      // One permit per second per channel; a little slack for clock reads around the calls.
      assertThat(gap)
          .as("gap before %s (sent by node %s)", inOrder.get(i).text(), inOrder.get(i).node())
          .isGreaterThanOrEqualTo(900);
    }
    System.out.printf(
        "ClusterPaceTest: %d messages to one channel, by nodes %s%n",
        inOrder.size(), inOrder.stream().map(Send::node).toList());
  }
}
