package dev.rituals.core.model;

/** What an outgoing message is, so each platform can render it natively. */
public enum MessageKind {
  /** Plain text. */
  TEXT,
  /** A question: number, text, how to answer, an Answer button/card. */
  PROMPT,
  /** The opening of a live chat. */
  WELCOME,
  /** The end-of-window summary. */
  RECAP,
  /** A private nudge before a window closes. */
  REMINDER,
  /** A greeting to a new member. */
  MEMBER_WELCOME,
  /** A pairing introduction. */
  INTRO
}
