package dev.rituals.app.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import dev.rituals.core.model.OutboxState;
import dev.rituals.core.service.OccurrenceService;
import dev.rituals.core.service.OutboxSignal;
import dev.rituals.core.service.Ports;
import dev.rituals.core.testing.RecordingScheduler;
import dev.rituals.db.Database;
import dev.rituals.db.JooqRepositories;
import dev.rituals.db.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of a 10,000-message fan-out: the app runs as a separate JVM on PostgreSQL,
 * is killed while sending, and is started again. Nothing may be lost, and only messages inside the
 * crash window (posted, but killed before being marked sent: at most one per sending thread) may go
 * out twice.
 */
class CrashRecoveryTest {
  static final int MESSAGES = 10_000;
  static final int KILL_AFTER = 3_000;

  /**
   * The outbox pump sends on four threads (OutboxPump.SENDERS): at most four messages are in flight
   * when killed.
   */
  static final int CRASH_WINDOW = 4;

  static final Duration PATIENCE = Duration.ofSeconds(45);

  @TempDir Path dir;
  final Database database = TestDatabases.postgres();
  final Ports ports = JooqRepositories.of(database).ports();
  SendRecorder recorder;
  Process node;

  @AfterEach
  void stop() throws Exception {
    if (node != null) {
      node.destroyForcibly().waitFor();
    }
    if (recorder != null) {
      recorder.close();
    }
    database.close();
  }

  @Test
  void aKilledNodeLosesNothingAndDuplicatesOnlyWhatWasInFlight() throws Exception {
    long started = System.nanoTime();
    recorder = new SendRecorder();
    Instant instant = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    FanOut fanOut =
        FanOut.seed(
            ports,
            MESSAGES,
            LocalTime.ofInstant(instant, ZoneOffset.UTC),
            instant.minusSeconds(60));
    node = startNode("first");
    long nodeUp = System.nanoTime();

    OccurrenceService occurrences =
        new OccurrenceService(
            ports, new RecordingScheduler(), Clock.systemUTC(), OutboxSignal.NONE);
    assertThat(occurrences.fire(fanOut.ritual().id(), instant)).isPresent();
    assertThat(ports.outbox().count(OutboxState.PENDING)).isEqualTo(MESSAGES);

    await().atMost(PATIENCE).until(() -> recorder.distinct() >= KILL_AFTER);
    long killedAt = System.nanoTime();
    node.destroyForcibly().waitFor();
    int beforeKill = recorder.distinct();
    assertThat(beforeKill).as("killed mid-way").isLessThan(MESSAGES);

    node = startNode("restarted");
    // The restarted node may be asked for the same instant again: still one occurrence.
    assertThat(occurrences.fire(fanOut.ritual().id(), instant)).isEmpty();
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                recorder.distinct() == MESSAGES
                    && ports.outbox().count(OutboxState.SENT) == MESSAGES);

    System.out.printf(
        "CrashRecoveryTest: %,d messages; %,d sent before kill -9; after restart all %,d"
            + " delivered; duplicates: %d (crash window allows %d); %d s in all (setup and"
            + " first start %d s, sending until the kill %d s)%n",
        MESSAGES,
        beforeKill,
        recorder.distinct(),
        recorder.duplicates(),
        CRASH_WINDOW,
        Duration.ofNanos(System.nanoTime() - started).toSeconds(),
        Duration.ofNanos(nodeUp - started).toSeconds(),
        Duration.ofNanos(killedAt - nodeUp).toSeconds());
    assertThat(ports.outbox().count(OutboxState.PENDING)).isZero();
    assertThat(ports.outbox().count(OutboxState.FAILED)).isZero();
    assertThat(recorder.duplicates()).isLessThanOrEqualTo(CRASH_WINDOW);
  }

  private Process startNode(String name) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                CrashTestNode.class.getName(),
                recorder.url().toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve(name + ".log").toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("SLACK_") || k.startsWith("Microsoft"));
    env.remove("PORT");
    env.put("RITUALS_DATA_DIR", dir.resolve("data").toString());
    env.put("DATABASE_URL", ((HikariDataSource) database.dataSource()).getJdbcUrl());
    env.put("DATABASE_USER", "postgres");
    env.put("DATABASE_PASSWORD", "postgres");
    Process process = builder.start();
    Path log = dir.resolve(name + ".log");
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              if (!process.isAlive()) {
                throw new AssertionError("node " + name + " exited:\n" + tail(log));
              }
              return Files.readString(log).contains(CrashTestNode.READY);
            });
    return process;
  }

  private static String tail(Path log) {
    try {
      String text = Files.readString(log);
      return text.substring(Math.max(0, text.length() - 3000));
    } catch (IOException e) {
      return "(no log)";
    }
  }
}
