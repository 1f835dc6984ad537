package dev.rituals.core.model;

/** The recurring activities a community can run. */
public enum RitualKind {
  /** One question per occurrence, open for a window (days). */
  PROMPT,
  /** A welcome, Q1..Qn at a fixed interval inside an hour-ish window, then a wrap-up. */
  LIVE_CHAT,
  /** One question a day over several days, a thread each. */
  SLOW_CHAT,
  /** A mentor or peer pairing round. */
  PAIRING
}
