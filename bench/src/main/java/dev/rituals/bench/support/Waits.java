package dev.rituals.bench.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Bounded polling: every wait in the benchmarks has a deadline. */
public final class Waits {
  private Waits() {}

  /**
   * Polls {@code condition} every {@code every} until it holds or {@code timeout} has passed.
   *
   * @return whether it held
   */
  public static boolean until(BooleanSupplier condition, Duration timeout, Duration every) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      if (condition.getAsBoolean()) {
        return true;
      }
      if (System.nanoTime() > deadline) {
        return false;
      }
      sleep(every);
    }
  }

  public static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
