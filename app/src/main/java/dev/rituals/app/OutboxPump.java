package dev.rituals.app;

import dev.rituals.core.service.OutboxSender;
import dev.rituals.core.service.OutboxSignal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox in the background: wakes at once when messages are enqueued, and polls anyway
 * so retries come due and work left by a stopped node is picked up.
 *
 * <p>Several sending threads, because a platform call takes a round trip (Slack and Teams answer in
 * tens to hundreds of milliseconds) and one thread would cap a node at a few messages per second.
 * They claim their batches from the outbox like separate nodes do: a channel's next message is
 * handed out only once the one before it is sent, so order per channel holds whatever the number of
 * threads.
 */
final class OutboxPump implements OutboxSignal, AutoCloseable {
  static final int BATCH = 50;

  /** Sending threads per node; each may leave one message in the crash window. */
  static final int SENDERS = 4;

  private static final Logger log = LoggerFactory.getLogger(OutboxPump.class);

  private volatile OutboxSender sender;
  private final Duration pollEvery;
  private final List<Semaphore> wakes;
  private final ExecutorService threads;
  private volatile boolean running;

  /**
   * The pump exists before the platforms do (core's services signal it), so the sender, which needs
   * every platform's gateway, is given at {@link #start(OutboxSender)}.
   */
  OutboxPump(Duration pollEvery) {
    this(pollEvery, SENDERS);
  }

  OutboxPump(Duration pollEvery, int senders) {
    if (senders < 1) {
      throw new IllegalArgumentException("at least one sending thread");
    }
    this.pollEvery = pollEvery;
    this.wakes = IntStream.range(0, senders).mapToObj(i -> new Semaphore(0)).toList();
    AtomicInteger number = new AtomicInteger();
    this.threads =
        Executors.newFixedThreadPool(
            senders,
            r -> {
              Thread t = new Thread(r, "outbox-" + number.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  void start(OutboxSender sender) {
    this.sender = sender;
    running = true;
    wakes.forEach(wake -> threads.execute(() -> loop(wake)));
  }

  @Override
  public void messagesEnqueued() {
    wakes.forEach(Semaphore::release);
  }

  private void loop(Semaphore wake) {
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

  /**
   * Stops after the rounds in progress; what is still pending stays in the outbox for next time.
   */
  @Override
  public void close() throws InterruptedException {
    running = false;
    wakes.forEach(Semaphore::release);
    threads.shutdown();
    if (!threads.awaitTermination(15, TimeUnit.SECONDS)) {
      threads.shutdownNow();
    }
  }
}
