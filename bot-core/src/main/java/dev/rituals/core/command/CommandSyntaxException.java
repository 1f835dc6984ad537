package dev.rituals.core.command;

import java.util.Objects;
import java.util.Optional;

/**
 * A command or one of its values is not well formed. Thrown by the validating records too, so a
 * modal or card that builds a command directly gets the same person-readable message.
 */
public final class CommandSyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;
  private final String example;

  public CommandSyntaxException(ErrorCode code, String message) {
    this(code, message, null);
  }

  /** {@code example} overrides the parser's example for the command being read; may be null. */
  public CommandSyntaxException(ErrorCode code, String message, String example) {
    super(Objects.requireNonNull(message, "message"));
    this.code = Objects.requireNonNull(code, "code");
    this.example = example;
  }

  public ErrorCode code() {
    return code;
  }

  public Optional<String> example() {
    return Optional.ofNullable(example);
  }
}
