package dev.rituals.core.port;

import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.OutboxId;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.OutboxState;
import java.time.Instant;
import java.util.List;

/** Durable outgoing messages. */
public interface OutboxRepository {
  /**
   * Stores each message unless its idempotency key is already stored.
   *
   * @return how many were new
   */
  int enqueue(List<OutboxMessage> messages);

  /**
   * Claims up to {@code limit} pending messages due at {@code now}, oldest first, at most the
   * oldest pending one per ordering key (per channel), so order within a channel is kept. On
   * PostgreSQL rows are claimed with {@code FOR UPDATE SKIP LOCKED} so several nodes never claim
   * the same message; a claim lasts until {@code leaseUntil}.
   */
  List<OutboxMessage> claimDue(Instant now, int limit, Instant leaseUntil);

  void markSent(OutboxId id, MessageRef delivered, Instant at);

  void markRetry(OutboxId id, Instant notBefore, String error);

  void markFailed(OutboxId id, String error);

  long count(OutboxState state);
}
