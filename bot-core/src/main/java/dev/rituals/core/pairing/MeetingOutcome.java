package dev.rituals.core.pairing;

/** What the follow-up learnt about a past pair. */
public enum MeetingOutcome {
  /** They said they met. */
  MET,
  /** Nobody answered yet; counted as met, so a pair is not repeated before anyone has replied. */
  UNKNOWN,
  /** They could not meet: the pair does not count against the recency window. */
  DID_NOT_MEET
}
