package dev.rituals.core.command;

import java.util.Objects;

/** The outcome of {@link CommandParser#parse}: a typed command or a message for the person. */
public sealed interface ParseResult {

  /** The text was a well-formed command. */
  record Parsed(Command command) implements ParseResult {
    public Parsed {
      Objects.requireNonNull(command, "command");
    }
  }

  /**
   * The text was not a command. {@code message} names the offending word and says why; {@code
   * example} is a complete, correct command without the platform prefix ("/rituals ", "@Rituals "),
   * which each adapter adds its own way.
   */
  record ParseError(String message, String example, ErrorCode code) implements ParseResult {
    public ParseError {
      Objects.requireNonNull(code, "code");
      if (message == null || message.isBlank()) {
        throw new IllegalArgumentException("a parse error needs a message");
      }
      if (example == null || example.isBlank()) {
        throw new IllegalArgumentException("a parse error needs an example");
      }
    }
  }
}
