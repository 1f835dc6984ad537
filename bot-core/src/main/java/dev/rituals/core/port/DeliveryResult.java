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

  /** Try again after {@code after} (rate limited, 5xx, timeout). */
  record RetryLater(Duration after, String reason) implements DeliveryResult {
    public RetryLater {
      Objects.requireNonNull(after, "after");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Will never succeed as it is (channel_not_found, not_in_channel, 403, ...). */
  record Failed(String reason) implements DeliveryResult {
    public Failed {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
