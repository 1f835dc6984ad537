package dev.rituals.core.model;

/** How an answer reached us. */
public enum AnswerSource {
  /** A reply in the prompt's thread (Slack) or reply chain (Teams). */
  THREAD,
  /** An "A2 ..." message in the channel during an open occurrence. */
  NUMBERED,
  /** Submitted through a Slack modal. */
  MODAL,
  /** Submitted through a Teams Adaptive Card. */
  CARD
}
