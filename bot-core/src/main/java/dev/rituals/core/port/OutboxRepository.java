package dev.rituals.core.port;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.OutboxId;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.OutboxState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

  /**
   * Puts a claimed message back until {@code notBefore} without counting the claim as an attempt
   * (rate limited: not the message's fault).
   */
  void defer(OutboxId id, Instant notBefore, String reason);

  /**
   * Messages of a community that are not delivered yet and have had trouble: failed ones, and
   * pending ones with an error recorded; newest first, at most {@code limit}.
   */
  List<OutboxMessage> undelivered(CommunityId community, int limit);

  /**
   * A moderator sends failed messages of {@code community} again: each of {@code ids} that is
   * {@link OutboxState#FAILED} and belongs to the community becomes pending, due at {@code now},
   * with no attempts and no error. Others are left as they are.
   *
   * @return how many were put back
   */
  int retry(CommunityId community, List<OutboxId> ids, Instant now);

  /**
   * A moderator gives up on undelivered messages of {@code community}: each of {@code ids} that is
   * failed, or pending with an error, and belongs to the community becomes {@link
   * OutboxState#DISMISSED}: never sent, and no longer holding back its channel.
   *
   * @return how many were dismissed
   */
  int dismiss(CommunityId community, List<OutboxId> ids);

  /** When the oldest pending message was enqueued (the outbox's age); empty when none pends. */
  Optional<Instant> oldestPending();

  long count(OutboxState state);
}
