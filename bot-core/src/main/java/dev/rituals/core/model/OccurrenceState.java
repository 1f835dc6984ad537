package dev.rituals.core.model;

/** Where an occurrence is in its life. */
public enum OccurrenceState {
  OPEN,
  CLOSED
}
