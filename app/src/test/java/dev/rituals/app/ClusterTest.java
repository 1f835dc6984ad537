package dev.rituals.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rituals.app.reliability.FanOut;
import dev.rituals.core.model.OutboxState;
import dev.rituals.core.port.DeliveryObserver.Outcome;
import dev.rituals.core.service.Ports;
import dev.rituals.db.Database;
import dev.rituals.db.testing.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two app nodes on one PostgreSQL, in one JVM: Quartz clustered on the shared tables, the outbox
 * claimed with FOR UPDATE SKIP LOCKED. Every occurrence fires once, every message goes out once and
 * both nodes share the sending; when one node stops, the other fires what it had scheduled and
 * sends what is left.
 */
class ClusterTest {
  static final int CHANNELS = 1_000;
  static final Duration PATIENCE = Duration.ofSeconds(90);

  @TempDir Path dir;
  final Database shared = TestDatabases.postgres();
  final Map<String, Integer> sends = CountingGateway.shared();
  final CountingGateway gatewayA = new CountingGateway(sends);
  final CountingGateway gatewayB = new CountingGateway(sends);

  /** The metrics hook: every node reports each delivery outcome. */
  final Map<Outcome, AtomicInteger> outcomes = new ConcurrentHashMap<>();

  RitualsApp nodeA;
  RitualsApp nodeB;

  @AfterEach
  void stop() {
    if (nodeA != null) {
      nodeA.close();
    }
    if (nodeB != null) {
      nodeB.close();
    }
    shared.close();
  }

  RitualsApp node(String name, CountingGateway gateway) throws Exception {
    AppConfig anyPort = ClusterNodes.config(shared, dir.resolve(name));
    AppHooks hooks =
        AppHooks.NONE
            .withGateways(List.of(gateway))
            .withOutboxLease(Duration.ofSeconds(3))
            .withDeliveries(
                (platform, outcome) ->
                    outcomes.computeIfAbsent(outcome, o -> new AtomicInteger()).incrementAndGet());
    return RitualsApp.start(anyPort, Clock.systemUTC(), hooks);
  }

  static LocalTime secondsAhead(int seconds) {
    return LocalTime.now(ZoneOffset.UTC).plusSeconds(seconds).truncatedTo(ChronoUnit.SECONDS);
  }

  long sentWithPrefix(String prefix) {
    return sends.keySet().stream().filter(c -> c.startsWith(prefix)).count();
  }

  static long occurrences(Ports ports, FanOut fanOut) {
    Instant now = Instant.now();
    return ports
        .occurrences()
        .findByCommunity(
            fanOut.community().id(), now.minus(Duration.ofDays(1)), now.plusSeconds(60))
        .size();
  }

  @Test
  void everyOccurrenceFiresOnceEveryMessageGoesOutOnceAndASurvivorTakesOver() throws Exception {
    nodeA = node("a", gatewayA);
    nodeB = node("b", gatewayB);
    Ports ports = nodeA.ports();

    FanOut first =
        FanOut.seed(ports, "A", CHANNELS, LocalTime.NOON, Instant.now()).at(ports, secondsAhead(3));
    nodeA.scheduler().schedule(first.ritual());

    await().atMost(PATIENCE).alias("first round fired").until(() -> occurrences(ports, first) > 0);
    await()
        .atMost(PATIENCE)
        .alias("first round delivered")
        .until(() -> sentWithPrefix("A") == CHANNELS);
    await().atMost(PATIENCE).until(() -> ports.outbox().count(OutboxState.PENDING) == 0);
    assertThat(occurrences(ports, first)).as("fired once across the cluster").isEqualTo(1);
    assertThat(sends.values()).as("no message sent twice").allMatch(n -> n == 1);
    int aBefore = gatewayA.sent();
    int bBefore = gatewayB.sent();
    assertThat(aBefore).as("node A sent a share").isPositive();
    assertThat(bBefore).as("node B sent a share").isPositive();
    System.out.printf(
        "ClusterTest: %,d messages, node A sent %,d, node B %,d%n", CHANNELS, aBefore, bBefore);

    // Node A schedules the next round and stops before it is due: node B must fire and send it.
    FanOut second =
        FanOut.seed(ports, "B", CHANNELS, LocalTime.NOON, Instant.now()).at(ports, secondsAhead(4));
    nodeA.scheduler().schedule(second.ritual());
    nodeA.close();
    nodeA = null;

    Ports survivor = nodeB.ports();
    await().atMost(PATIENCE).until(() -> sentWithPrefix("B") == CHANNELS);
    assertThat(occurrences(survivor, second)).isEqualTo(1);
    assertThat(gatewayA.sent()).as("the stopped node sent nothing more").isEqualTo(aBefore);
    assertThat(gatewayB.sent() - bBefore).isEqualTo(CHANNELS);
    assertThat(sends.values()).as("no message sent twice").allMatch(n -> n == 1);
    assertThat(outcomes.get(Outcome.DELIVERED)).hasValue(2 * CHANNELS);
    assertThat(outcomes).doesNotContainKeys(Outcome.FAILED, Outcome.RETRIED);
  }
}
