package dev.rituals.core.pairing;

/** The two kinds of pairing rounds. */
public enum RoundKind {
  PEER,
  MENTORING
}
