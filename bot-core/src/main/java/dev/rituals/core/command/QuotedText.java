package dev.rituals.core.command;

import java.util.Locale;
import java.util.Objects;

/** Free text a person wrote (a question, a name): trimmed, not blank, at most 3000 characters. */
public record QuotedText(String value) {
  public static final int MAX_CHARS = 3000;

  public QuotedText {
    Objects.requireNonNull(value, "value");
    value = withoutControlCharacters(value).strip();
    if (value.isEmpty()) {
      throw new CommandSyntaxException(
          ErrorCode.BAD_TEXT, "The quoted text \"\" is empty; write something between the quotes.");
    }
    if (value.length() > MAX_CHARS) {
      throw new CommandSyntaxException(
          ErrorCode.BAD_TEXT,
          "The text "
              + Words.show(value)
              + " is "
              + String.format(Locale.ROOT, "%,d", value.length())
              + " characters long; keep it to "
              + MAX_CHARS
              + ".");
    }
  }

  /** Keeps line breaks (multi-line questions are fine), drops other control characters. */
  private static String withoutControlCharacters(String text) {
    StringBuilder clean = new StringBuilder(text.length());
    text.codePoints()
        .map(cp -> cp == '\t' ? ' ' : cp)
        .filter(cp -> cp == '\n' || !Character.isISOControl(cp))
        .forEach(clean::appendCodePoint);
    return clean.toString();
  }

  @Override
  public String toString() {
    return value;
  }
}
