package dev.rituals.core.command;

import java.util.List;

/** Small helpers for echoing what the person typed back to them in messages. */
final class Words {
  /** Long words are cut so one pasted paragraph does not become the whole error message. */
  private static final int MAX_SHOWN = 40;

  private Words() {}

  /** The word in straight double quotes, control characters removed, cut to a readable length. */
  static String show(String word) {
    StringBuilder clean = new StringBuilder();
    word.codePoints()
        .filter(cp -> !Character.isISOControl(cp))
        .limit(MAX_SHOWN + 1L)
        .forEach(clean::appendCodePoint);
    String shown = clean.toString();
    if (shown.codePointCount(0, shown.length()) > MAX_SHOWN) {
      shown = shown.substring(0, shown.offsetByCodePoints(0, MAX_SHOWN)) + "…";
    }
    return "\"" + shown + "\"";
  }

  /** "a, b or c". */
  static String or(List<String> words) {
    if (words.size() == 1) {
      return words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " or "
        + words.get(words.size() - 1);
  }

  /** Parses a whole number in [min, max] or explains, naming the word, what was expected. */
  static int wholeNumber(Token token, String what, int min, int max) {
    String text = token.text().strip();
    if (text.startsWith("#")) {
      text = text.substring(1);
    }
    if (!token.quoted() && text.matches("\\d{1,9}")) {
      int value = Integer.parseInt(text);
      if (value >= min && value <= max) {
        return value;
      }
    }
    throw new CommandSyntaxException(
        ErrorCode.BAD_NUMBER,
        show(token.text())
            + " is not a valid "
            + what
            + ". Use a whole number from "
            + min
            + " to "
            + max
            + ".");
  }
}
