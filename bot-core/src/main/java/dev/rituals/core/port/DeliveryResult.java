package dev.rituals.core.port;

import dev.rituals.core.model.MessageRef;
import java.time.Duration;
import java.util.Objects;

/** What a platform answered when we sent a message. */
public sealed interface DeliveryResult {
  /** Posted; {@code message} is where (null-free; ephemeral messages get a synthetic id). */
  record Delivered(MessageRef message) implements DeliveryResult {
    public Delivered {
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * Try again after {@code after} (5xx, timeout, network); counts as an attempt. A zero {@code
   * after} lets the sender pick an exponential backoff with jitter.
   */
  record RetryLater(Duration after, String reason) implements DeliveryResult {
    public RetryLater {
      Objects.requireNonNull(after, "after");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Slow down: the platform answered 429 (honour its {@code Retry-After} in {@code after}) or our
   * own rate limiter said wait. Not the message's fault, so it does not count as a failed attempt.
   * A zero {@code after} means the platform gave no wait: the sender backs off exponentially, with
   * jitter.
   */
  record Throttled(Duration after, String reason) implements DeliveryResult {
    public Throttled {
      Objects.requireNonNull(after, "after");
      Objects.requireNonNull(reason, "reason");
      if (after.isNegative()) {
        throw new IllegalArgumentException("after must not be negative");
      }
    }
  }

  /** Will never succeed as it is (channel_not_found, not_in_channel, 403, ...). */
  record Failed(String reason) implements DeliveryResult {
    public Failed {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
