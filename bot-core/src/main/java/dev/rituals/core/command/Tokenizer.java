package dev.rituals.core.command;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits command text into words and quoted texts. Slack and Teams autocorrect straight quotes into
 * typographic ones, so “…”, „…“ and ‘…’ are quotes too. A ’ inside a word ("what’s") stays an
 * apostrophe: a single quote only closes when whitespace or the end follows it.
 */
final class Tokenizer {
  private static final String DOUBLE_QUOTES = "\"“”„‟«»";
  private static final String SINGLE_QUOTES = "'‘’‚‛";

  private final String text;
  private int pos;

  private Tokenizer(String text) {
    this.text = text;
  }

  static List<Token> tokenize(String text) {
    return new Tokenizer(text).tokens();
  }

  private List<Token> tokens() {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      while (pos < text.length() && isSeparator(text.charAt(pos))) {
        pos++;
      }
      if (pos >= text.length()) {
        return tokens;
      }
      char c = text.charAt(pos);
      if (DOUBLE_QUOTES.indexOf(c) >= 0) {
        tokens.add(quoted(DOUBLE_QUOTES, false));
      } else if (SINGLE_QUOTES.indexOf(c) >= 0) {
        tokens.add(quoted(SINGLE_QUOTES, true));
      } else {
        tokens.add(word());
      }
    }
  }

  private Token word() {
    int start = pos;
    while (pos < text.length() && !isSeparator(text.charAt(pos))) {
      pos++;
    }
    return Token.word(text.substring(start, pos));
  }

  private Token quoted(String closers, boolean closeOnlyAtWordEnd) {
    int start = pos;
    pos++; // the opening quote
    StringBuilder content = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\\' && pos + 1 < text.length() && isEscapable(text.charAt(pos + 1))) {
        content.append(text.charAt(pos + 1));
        pos += 2;
      } else if (closers.indexOf(c) >= 0 && (!closeOnlyAtWordEnd || atWordEnd(pos + 1))) {
        pos++;
        return new Token(content.toString(), true);
      } else {
        content.append(c);
        pos++;
      }
    }
    throw new CommandSyntaxException(
        ErrorCode.UNCLOSED_QUOTE,
        "The quote that starts with "
            + Words.show(text.substring(start, Math.min(text.length(), start + 30)))
            + " is never closed. End the text with another quote mark.");
  }

  private boolean atWordEnd(int index) {
    return index >= text.length() || isSeparator(text.charAt(index));
  }

  private static boolean isEscapable(char c) {
    return c == '\\' || DOUBLE_QUOTES.indexOf(c) >= 0 || SINGLE_QUOTES.indexOf(c) >= 0;
  }

  /** Control characters separate words too: pasted text brings tabs, newlines and worse. */
  private static boolean isSeparator(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
  }
}
