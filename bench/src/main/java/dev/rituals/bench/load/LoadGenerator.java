package dev.rituals.bench.load;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;
import org.HdrHistogram.Histogram;

/**
 * Drives HTTP requests at 127.0.0.1 in one of two ways.
 *
 * <p><b>Open loop</b> (constant rate): request {@code i} is due at {@code start + i / rate}. Its
 * latency is measured from that intended time, not from when a connection got free, so a server
 * stall shows up in every request it delayed (no coordinated omission, as in wrk2).
 *
 * <p><b>Closed loop</b> (saturation): every connection sends its next request as soon as the last
 * answer arrived; throughput is what the server sustains, latency is service time.
 */
public final class LoadGenerator {
  /** Latencies in microseconds up to one minute, three significant digits. */
  static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(1);

  /** A worker gives up this long after its phase should have ended (a stalled server). */
  private static final Duration OVERRUN = Duration.ofSeconds(30);

  private final int port;
  private final LongConsumer onSuccess;

  public LoadGenerator(int port) {
    this(port, index -> {});
  }

  /**
   * @param onSuccess told the index of every request answered 2xx (from the worker threads)
   */
  public LoadGenerator(int port, LongConsumer onSuccess) {
    this.port = port;
    this.onSuccess = onSuccess;
  }

  /** Builds request {@code index}, signed for the given wall-clock second. */
  @FunctionalInterface
  public interface RequestSource {
    byte[] request(long index, long epochSecond);
  }

  public LoadResult openLoop(
      String name, RequestSource source, double rate, Duration duration, int connections) {
    long total = Math.max(1, (long) (rate * duration.toNanos() / 1e9));
    double interval = 1e9 / rate;
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
    long hardEnd = start + duration.plus(OVERRUN).toNanos();
    AtomicLong next = new AtomicLong();
    Timeline timeline = new Timeline(start, duration.plus(OVERRUN));
    LoadResult result =
        run(
            name,
            connections,
            start,
            timeline,
            (connection, stats) -> {
              while (true) {
                long i = next.getAndIncrement();
                if (i >= total) {
                  return;
                }
                if (System.nanoTime() > hardEnd) {
                  stats.unsent++;
                  continue;
                }
                long intended = start + (long) (i * interval);
                byte[] request = source.request(i, epochSecondAt(intended));
                for (long wait = intended - System.nanoTime(); wait > 0; ) {
                  LockSupport.parkNanos(wait);
                  wait = intended - System.nanoTime();
                }
                stats.send(connection, request, intended, i);
              }
            });
    return result;
  }

  public LoadResult closedLoop(
      String name, RequestSource source, Duration duration, int connections) {
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    AtomicLong next = new AtomicLong();
    return run(
        name,
        connections,
        start,
        new Timeline(start, duration.plus(OVERRUN)),
        (connection, stats) -> {
          while (System.nanoTime() < end) {
            long i = next.getAndIncrement();
            byte[] request = source.request(i, System.currentTimeMillis() / 1000);
            stats.send(connection, request, System.nanoTime(), i);
          }
        });
  }

  private interface Work {
    void run(HttpConnection connection, WorkerStats stats);
  }

  private LoadResult run(String name, int connections, long start, Timeline timeline, Work work) {
    List<WorkerStats> all = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      WorkerStats stats = new WorkerStats(onSuccess, timeline);
      all.add(stats);
      Thread thread =
          new Thread(
              () -> {
                try (HttpConnection connection = new HttpConnection(port)) {
                  work.run(connection, stats);
                }
              },
              "load-" + c);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      try {
        thread.join(Duration.ofMinutes(10).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    Histogram merged = new Histogram(MAX_MICROS, 3);
    long ok = 0;
    long errors = 0;
    long unsent = 0;
    long lastDone = start;
    for (WorkerStats stats : all) {
      merged.add(stats.latency);
      ok += stats.ok;
      errors += stats.errors;
      unsent += stats.unsent;
      lastDone = Math.max(lastDone, stats.lastDone);
    }
    double seconds = Math.max(1e-9, (lastDone - start) / 1e9);
    return new LoadResult(
        name, connections, ok, errors, unsent, seconds, merged, timeline.summary());
  }

  /** What one connection saw; only its own thread writes it. */
  private static final class WorkerStats {
    final Histogram latency = new Histogram(MAX_MICROS, 3);
    final LongConsumer onSuccess;
    final Timeline timeline;
    long unsent;
    long ok;
    long errors;
    long lastDone;
    private int consecutiveFailures;

    WorkerStats(LongConsumer onSuccess, Timeline timeline) {
      this.onSuccess = onSuccess;
      this.timeline = timeline;
    }

    void send(HttpConnection connection, byte[] request, long measuredFrom, long index) {
      try {
        int status = connection.exchange(request);
        long done = System.nanoTime();
        lastDone = done;
        if (status >= 200 && status < 300) {
          ok++;
          onSuccess.accept(index);
          long micros = Math.min(MAX_MICROS, Math.max(0, (done - measuredFrom) / 1000));
          latency.recordValue(micros);
          timeline.record(measuredFrom, micros);
        } else {
          errors++;
        }
        consecutiveFailures = 0;
      } catch (IOException e) {
        errors++;
        lastDone = System.nanoTime();
        // A refused connection fails in microseconds; do not spin on a dead server.
        if (++consecutiveFailures > 3) {
          LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
      }
    }
  }

  /** The wall-clock second at a nanoTime instant (to sign a request due then). */
  private static long epochSecondAt(long nanoTime) {
    long offset = nanoTime - System.nanoTime();
    return (System.currentTimeMillis() + offset / 1_000_000) / 1000;
  }
}
