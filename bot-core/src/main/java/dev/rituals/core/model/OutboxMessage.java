package dev.rituals.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A durable outgoing message. Written in the same transaction as the change that caused it;
 * delivered later by the outbox sender. {@code idempotencyKey} is unique: enqueuing the same
 * message twice stores it once.
 */
public record OutboxMessage(
    OutboxId id,
    String idempotencyKey,
    Optional<CommunityId> communityId,
    Destination destination,
    MessageBody body,
    OutboxState state,
    int attempts,
    Instant createdAt,
    Instant notBefore,
    Optional<MessageRef> delivered,
    Optional<String> lastError) {
  public OutboxMessage {
    Objects.requireNonNull(id, "id");
    idempotencyKey = Ids.requireText(idempotencyKey, "idempotencyKey", 400);
    Objects.requireNonNull(communityId, "communityId");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(notBefore, "notBefore");
    Objects.requireNonNull(delivered, "delivered");
    Objects.requireNonNull(lastError, "lastError");
  }

  public static OutboxMessage pending(
      String key, Optional<CommunityId> community, Destination to, MessageBody body, Instant at) {
    return new OutboxMessage(
        OutboxId.random(),
        key,
        community,
        to,
        body,
        OutboxState.PENDING,
        0,
        at,
        at,
        Optional.empty(),
        Optional.empty());
  }
}
