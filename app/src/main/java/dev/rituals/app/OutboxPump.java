package dev.rituals.app;

import dev.rituals.core.service.OutboxSender;
import dev.rituals.core.service.OutboxSignal;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox in the background: wakes at once when messages are enqueued, and polls anyway
 * so retries come due and work left by a stopped node is picked up.
 */
final class OutboxPump implements OutboxSignal, AutoCloseable {
  static final int BATCH = 50;
  private static final Logger log = LoggerFactory.getLogger(OutboxPump.class);

  private volatile OutboxSender sender;
  private final Duration pollEvery;
  private final Semaphore wake = new Semaphore(0);
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "outbox");
            t.setDaemon(true);
            return t;
          });
  private volatile boolean running;

  /**
   * The pump exists before the platforms do (core's services signal it), so the sender, which needs
   * every platform's gateway, is given at {@link #start(OutboxSender)}.
   */
  OutboxPump(Duration pollEvery) {
    this.pollEvery = pollEvery;
  }

  void start(OutboxSender sender) {
    this.sender = sender;
    running = true;
    thread.execute(this::loop);
  }

  @Override
  public void messagesEnqueued() {
    wake.release();
  }

  private void loop() {
    while (running) {
      try {
        int claimed = sender.deliverDue(BATCH);
        if (claimed < BATCH) {
          wake.tryAcquire(pollEvery.toMillis(), TimeUnit.MILLISECONDS);
          wake.drainPermits();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // The database may be briefly unavailable; keep the loop alive and try again later.
        log.warn("Outbox delivery round failed: {}", e.getClass().getName());
        sleepQuietly();
      }
    }
  }

  private void sleepQuietly() {
    try {
      TimeUnit.MILLISECONDS.sleep(pollEvery.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops after the round in progress; what is still pending stays in the outbox for next time. */
  @Override
  public void close() throws InterruptedException {
    running = false;
    wake.release();
    thread.shutdown();
    if (!thread.awaitTermination(15, TimeUnit.SECONDS)) {
      thread.shutdownNow();
    }
  }
}
