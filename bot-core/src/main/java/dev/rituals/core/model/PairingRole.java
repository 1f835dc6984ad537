package dev.rituals.core.model;

/** What someone looks for in pairing rounds. */
public enum PairingRole {
  MENTOR,
  MENTEE,
  PEER
}
