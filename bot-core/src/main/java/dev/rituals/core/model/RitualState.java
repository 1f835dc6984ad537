package dev.rituals.core.model;

/** Whether a ritual's schedule fires. */
public enum RitualState {
  ACTIVE,
  PAUSED
}
