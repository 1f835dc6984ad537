package dev.rituals.core.command;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A past occurrence: its position in {@code archive} (1 = the newest, up to 999) or the first 4-12
 * hex characters of its id, which never changes.
 */
public record ArchiveRef(String value) {
  static final String FORMS =
      "Use the number from archive (1 is the newest) or the first 4-12 characters of its id"
          + " (e.g. 3f9a).";

  public ArchiveRef {
    Objects.requireNonNull(value, "value");
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.startsWith("#")) {
      v = v.substring(1);
    }
    if (v.matches("\\d{1,3}") && Integer.parseInt(v) >= 1) {
      v = Integer.toString(Integer.parseInt(v));
    } else if (!v.matches("[0-9a-f]{4,12}")) {
      throw new CommandSyntaxException(
          ErrorCode.BAD_REF, Words.show(value) + " is not in the archive's numbering. " + FORMS);
    }
    value = v;
  }

  public OptionalInt position() {
    return value.length() <= 3 ? OptionalInt.of(Integer.parseInt(value)) : OptionalInt.empty();
  }

  public Optional<String> idPrefix() {
    return value.length() >= 4 ? Optional.of(value) : Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
