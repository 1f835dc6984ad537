package dev.rituals.slack;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slow work off Slack's request threads: Slack wants an answer within 3 seconds, so listeners
 * acknowledge first and hand Web API calls and event processing to the app's executor. Failures are
 * logged here, never dropped silently.
 */
public final class Background {
  private static final Logger log = LoggerFactory.getLogger(Background.class);

  private final Executor executor;

  public Background(Executor executor) {
    this.executor = executor;
  }

  /**
   * Runs {@code work} later.
   *
   * @return false when the executor refused it (shutting down or saturated)
   */
  public boolean run(String what, ThrowingRunnable work) {
    try {
      executor.execute(
          () -> {
            try {
              work.run();
            } catch (Exception e) {
              log.warn("Slack background work failed: {}", what, e);
            }
          });
      return true;
    } catch (RejectedExecutionException e) {
      log.warn("Slack background work refused: {}", what);
      return false;
    }
  }

  /**
   * Asks for something that usually takes milliseconds but might hang on the network; gives up
   * after {@code budget} so the caller can still answer Slack in time.
   */
  public <T> Optional<T> within(Duration budget, Supplier<Optional<T>> lookup) {
    try {
      return CompletableFuture.supplyAsync(lookup, executor)
          .get(budget.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException | RejectedExecutionException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** Work that may throw checked Web API exceptions. */
  @FunctionalInterface
  public interface ThrowingRunnable {
    void run() throws Exception;
  }
}
