package dev.rituals.core.testing;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.OutboxId;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.OutboxState;
import dev.rituals.core.port.OutboxRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The outbox in memory, with the same per-channel ordering and lease rules as the database. */
public final class InMemoryOutbox implements OutboxRepository {
  private final Map<OutboxId, OutboxMessage> rows = new LinkedHashMap<>();
  private final Set<String> keys = new HashSet<>();

  @Override
  public synchronized int enqueue(List<OutboxMessage> messages) {
    int added = 0;
    for (OutboxMessage m : messages) {
      if (keys.add(m.idempotencyKey())) {
        rows.put(m.id(), m);
        added++;
      }
    }
    return added;
  }

  @Override
  public synchronized List<OutboxMessage> claimDue(Instant now, int limit, Instant leaseUntil) {
    Set<String> headsSeen = new HashSet<>();
    List<OutboxMessage> claimed = new ArrayList<>();
    List<OutboxMessage> pending =
        rows.values().stream()
            .filter(m -> m.state() == OutboxState.PENDING)
            .sorted(Comparator.comparing(OutboxMessage::createdAt))
            .toList();
    for (OutboxMessage m : pending) {
      // Only the oldest pending message of a channel may go: order within a channel is kept.
      if (!headsSeen.add(m.destination().orderingKey())) {
        continue;
      }
      if (m.notBefore().isAfter(now) || claimed.size() >= limit) {
        continue;
      }
      OutboxMessage leased =
          with(m, m.state(), m.attempts() + 1, leaseUntil, m.delivered(), m.lastError());
      rows.put(m.id(), leased);
      claimed.add(leased);
    }
    return claimed;
  }

  @Override
  public synchronized void markSent(OutboxId id, MessageRef delivered, Instant at) {
    OutboxMessage m = rows.get(id);
    rows.put(
        id, with(m, OutboxState.SENT, m.attempts(), at, Optional.of(delivered), m.lastError()));
  }

  @Override
  public synchronized void markRetry(OutboxId id, Instant notBefore, String error) {
    OutboxMessage m = rows.get(id);
    if (m.state() != OutboxState.PENDING) {
      return; // dismissed by a moderator while being sent
    }
    rows.put(
        id,
        with(m, OutboxState.PENDING, m.attempts(), notBefore, m.delivered(), Optional.of(error)));
  }

  @Override
  public synchronized void markFailed(OutboxId id, String error) {
    OutboxMessage m = rows.get(id);
    if (m.state() != OutboxState.PENDING) {
      return; // dismissed by a moderator while being sent
    }
    rows.put(
        id,
        with(
            m, OutboxState.FAILED, m.attempts(), m.notBefore(), m.delivered(), Optional.of(error)));
  }

  @Override
  public synchronized void defer(OutboxId id, Instant notBefore, String reason) {
    OutboxMessage m = rows.get(id);
    if (m.state() != OutboxState.PENDING) {
      return; // dismissed by a moderator while being sent
    }
    rows.put(
        id,
        with(
            m,
            OutboxState.PENDING,
            Math.max(0, m.attempts() - 1),
            notBefore,
            m.delivered(),
            m.lastError()));
  }

  @Override
  public synchronized int retry(CommunityId community, List<OutboxId> ids, Instant now) {
    int changed = 0;
    for (OutboxId id : ids) {
      OutboxMessage m = rows.get(id);
      if (m != null
          && m.communityId().equals(Optional.of(community))
          && m.state() == OutboxState.FAILED) {
        rows.put(id, with(m, OutboxState.PENDING, 0, now, m.delivered(), Optional.empty()));
        changed++;
      }
    }
    return changed;
  }

  @Override
  public synchronized int dismiss(CommunityId community, List<OutboxId> ids) {
    int changed = 0;
    for (OutboxId id : ids) {
      OutboxMessage m = rows.get(id);
      if (m != null
          && m.communityId().equals(Optional.of(community))
          && (m.state() == OutboxState.FAILED
              || (m.state() == OutboxState.PENDING && m.lastError().isPresent()))) {
        rows.put(
            id,
            with(
                m,
                OutboxState.DISMISSED,
                m.attempts(),
                m.notBefore(),
                m.delivered(),
                m.lastError()));
        changed++;
      }
    }
    return changed;
  }

  @Override
  public synchronized List<OutboxMessage> undelivered(CommunityId community, int limit) {
    return rows.values().stream()
        .filter(m -> m.communityId().equals(Optional.of(community)))
        .filter(
            m ->
                m.state() == OutboxState.FAILED
                    || (m.state() == OutboxState.PENDING && m.lastError().isPresent()))
        .sorted(Comparator.comparing(OutboxMessage::createdAt).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized Optional<Instant> oldestPending() {
    return rows.values().stream()
        .filter(m -> m.state() == OutboxState.PENDING)
        .map(OutboxMessage::createdAt)
        .min(Comparator.naturalOrder());
  }

  @Override
  public synchronized long count(OutboxState state) {
    return rows.values().stream().filter(m -> m.state() == state).count();
  }

  /** Everything stored, in insertion order, for assertions. */
  public synchronized List<OutboxMessage> all() {
    return List.copyOf(rows.values());
  }

  private static OutboxMessage with(
      OutboxMessage m,
      OutboxState state,
      int attempts,
      Instant notBefore,
      Optional<MessageRef> delivered,
      Optional<String> error) {
    return new OutboxMessage(
        m.id(),
        m.idempotencyKey(),
        m.communityId(),
        m.destination(),
        m.body(),
        state,
        attempts,
        m.createdAt(),
        notBefore,
        delivered,
        error);
  }

  /** Drops messages, as erasing a person drops the direct messages queued for them. */
  public synchronized void removeIf(java.util.function.Predicate<OutboxMessage> which) {
    rows.values().removeIf(which);
  }
}
