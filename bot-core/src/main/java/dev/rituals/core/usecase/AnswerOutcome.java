package dev.rituals.core.usecase;

/** What happened to something that might have been an answer. */
public enum AnswerOutcome {
  RECORDED,
  /** Recorded after the window closed; counts, marked late. */
  RECORDED_LATE,
  /** Same platform event or message seen before: nothing changed. */
  DUPLICATE,
  UPDATED,
  RETRACTED,
  /** Not an answer: no prompt there, no open occurrence, not "A<n> ...", a bot. */
  IGNORED
}
