package dev.rituals.core.model;

/** Where a host invitation is: waiting for an answer, answered with a question, or missed. */
public enum HostingState {
  /** Invited; no question yet. */
  INVITED,
  /** The host wrote or picked the question; they hosted the occurrence. */
  CHOSEN,
  /** No answer by the deadline; the bank's next question is used. */
  MISSED
}
