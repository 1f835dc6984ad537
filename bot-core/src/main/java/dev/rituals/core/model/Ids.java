package dev.rituals.core.model;

/** Checks shared by identifier records. */
final class Ids {
  static final int MAX_TOKEN_LENGTH = 256;

  private Ids() {}

  /** Platform ids are opaque, but never blank, never huge and never contain whitespace. */
  static String requireToken(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    if (value.length() > MAX_TOKEN_LENGTH) {
      throw new IllegalArgumentException(name + " is longer than " + MAX_TOKEN_LENGTH);
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isWhitespace(value.charAt(i)) || Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(name + " must not contain whitespace");
      }
    }
    return value;
  }

  static String requireText(String value, String name, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    String trimmed = value.strip();
    if (trimmed.length() > maxLength) {
      throw new IllegalArgumentException(name + " is longer than " + maxLength + " characters");
    }
    return trimmed;
  }
}
