package dev.rituals.core.command;

/** {@code status}: takes nothing after the word, so a typo there gets the usage, not a guess. */
final class StatusParser {
  private StatusParser() {}

  static Command.Status parse(TokenCursor c) {
    c.usage(Usage.STATUS);
    c.expectEnd();
    return new Command.Status();
  }
}
