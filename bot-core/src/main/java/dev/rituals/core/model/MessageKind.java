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
  INTRO,
  /**
   * "Did you meet?" after a pairing round, to one member: buttons met / not yet / couldn't, each
   * carrying the field {@code pairId}.
   */
  PAIR_FOLLOW_UP,
  /** After three unanswered follow-ups in a row: buttons to stay in pairing rounds or pause. */
  PAIR_STAY_OR_PAUSE
}
