package dev.rituals.core.model;

/** A member's answer to the "Did you meet?" follow-up. */
public enum PairResponse {
  MET,
  NOT_YET,
  COULD_NOT
}
