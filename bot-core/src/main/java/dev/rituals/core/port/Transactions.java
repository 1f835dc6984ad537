package dev.rituals.core.port;

import java.util.function.Supplier;

/**
 * Runs work atomically: every repository call inside {@code work} commits together or not at all.
 * Nested calls join the outer transaction.
 */
public interface Transactions {
  <T> T inTransaction(Supplier<T> work);

  default void inTransaction(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }
}
