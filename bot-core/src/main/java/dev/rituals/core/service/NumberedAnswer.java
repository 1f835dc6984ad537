package dev.rituals.core.service;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the hashtag-chat convention "A2 my answer" / "A2: my answer" / "a2) my answer" for the
 * answer to Q2.
 */
record NumberedAnswer(int number, String text) {
  private static final Pattern PATTERN =
      Pattern.compile("^\\s*[Aa](\\d{1,2})\\s*[:.)\\-–—]?\\s+(\\S.*)$", Pattern.DOTALL);

  static Optional<NumberedAnswer> parse(String message) {
    if (message == null) {
      return Optional.empty();
    }
    Matcher m = PATTERN.matcher(message);
    if (!m.matches()) {
      return Optional.empty();
    }
    int number = Integer.parseInt(m.group(1));
    if (number < 1) {
      return Optional.empty();
    }
    return Optional.of(new NumberedAnswer(number, m.group(2).strip()));
  }
}
