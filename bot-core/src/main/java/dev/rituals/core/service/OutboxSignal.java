package dev.rituals.core.service;

/**
 * Wakes the outbox sender after new messages were committed, so delivery does not wait for the next
 * poll. A no-op signal is fine: the sender also polls.
 */
@FunctionalInterface
public interface OutboxSignal {
  OutboxSignal NONE = () -> {};

  void messagesEnqueued();
}
