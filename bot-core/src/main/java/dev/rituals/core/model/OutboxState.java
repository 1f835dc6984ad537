package dev.rituals.core.model;

/** Delivery state of an outgoing message. */
public enum OutboxState {
  PENDING,
  SENT,
  /** Permanently failed (e.g. channel_not_found): not retried, shown to moderators. */
  FAILED,
  /** A moderator dismissed it from {@code status}: never sent, no longer listed. */
  DISMISSED
}
