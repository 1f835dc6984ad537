package dev.rituals.app;

import dev.rituals.core.participation.MonthlyRecaps;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks for due monthly recaps at start and every hour. Every node may run it: the outbox key of
 * each recap makes it go out once, so no coordination is needed.
 */
final class MonthlyRecapTimer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(MonthlyRecapTimer.class);
  static final Duration EVERY = Duration.ofHours(1);

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "monthly-recaps");
            t.setDaemon(true);
            return t;
          });

  MonthlyRecapTimer(MonthlyRecaps recaps) {
    timer.scheduleWithFixedDelay(
        () -> {
          try {
            int posted = recaps.postDue();
            if (posted > 0) {
              log.info("Queued {} monthly recap message(s)", posted);
            }
          } catch (RuntimeException e) {
            log.warn("Monthly recaps failed: {}", e.getClass().getName(), e);
          }
        },
        1,
        EVERY.toSeconds(),
        TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
