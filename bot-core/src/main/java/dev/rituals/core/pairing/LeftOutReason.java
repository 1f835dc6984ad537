package dev.rituals.core.pairing;

/** Why someone is not in any group this round. */
public enum LeftOutReason {
  OPTED_OUT,
  SNOOZED,
  /** Their profile does not ask for this kind of round (e.g. mentor only, in a peer round). */
  NOT_IN_ROLE,
  /** Everyone they could meet is on a don't-pair list, was met recently, or is already placed. */
  NO_ALLOWED_PARTNER,
  /** A mentee whose allowed mentors are all at capacity. */
  NO_MENTOR_WITH_ROOM,
  /** A mentor who offered a mentoring capacity of 0. */
  NO_CAPACITY
}
