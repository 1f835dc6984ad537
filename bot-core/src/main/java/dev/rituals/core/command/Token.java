package dev.rituals.core.command;

import java.util.Locale;
import java.util.Objects;

/** One word of a command, or one quoted stretch of text (quotes removed, escapes resolved). */
record Token(String text, boolean quoted) {
  Token {
    Objects.requireNonNull(text, "text");
  }

  static Token word(String text) {
    return new Token(text, false);
  }

  /** Keywords never match quoted text: "list" in quotes is a question, not a subcommand. */
  boolean is(String keyword) {
    return !quoted && text.equalsIgnoreCase(keyword);
  }

  String lower() {
    return text.toLowerCase(Locale.ROOT);
  }
}
