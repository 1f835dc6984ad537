package dev.rituals.app;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes expired download files every few minutes. Every node may run it: deleting what has
 * expired twice does no harm, so no coordination is needed.
 */
final class DownloadSweeper implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DownloadSweeper.class);
  static final Duration EVERY = Duration.ofMinutes(5);

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "download-sweeper");
            t.setDaemon(true);
            return t;
          });

  DownloadSweeper(DownloadShelf shelf) {
    timer.scheduleWithFixedDelay(
        () -> {
          try {
            int deleted = shelf.sweep();
            if (deleted > 0) {
              log.debug("Deleted {} expired download(s)", deleted);
            }
          } catch (RuntimeException e) {
            log.warn("Sweeping expired downloads failed: {}", e.getClass().getName(), e);
          }
        },
        EVERY.toSeconds(),
        EVERY.toSeconds(),
        TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
