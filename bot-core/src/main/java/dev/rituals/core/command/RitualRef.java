package dev.rituals.core.command;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A short reference to a ritual: the number shown by "schedule list" (1-999, "#2" allowed) or the
 * first 4-12 hex characters of its id. Up to three digits is a list number, four or more is an id
 * prefix, so the two never overlap.
 */
public record RitualRef(String value) {
  static final String FORMS =
      "Use the number from schedule list (e.g. 2) or the first 4-12 characters of its id"
          + " (e.g. 3f9a).";

  public RitualRef {
    Objects.requireNonNull(value, "value");
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.startsWith("#")) {
      v = v.substring(1);
    }
    if (v.matches("\\d{1,3}") && Integer.parseInt(v) >= 1) {
      v = Integer.toString(Integer.parseInt(v)); // "#02" and "2" are the same ritual
    } else if (!v.matches("[0-9a-f]{4,12}")) {
      throw new CommandSyntaxException(
          ErrorCode.BAD_REF, Words.show(value) + " is not a ritual reference. " + FORMS);
    }
    value = v;
  }

  public static RitualRef number(int n) {
    return new RitualRef(Integer.toString(n));
  }

  public OptionalInt listNumber() {
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
