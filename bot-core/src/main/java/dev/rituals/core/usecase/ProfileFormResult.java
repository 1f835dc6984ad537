package dev.rituals.core.usecase;

import java.util.Map;
import java.util.Objects;

/** The outcome of saving profile fields: saved, or a message per bad field with nothing saved. */
public sealed interface ProfileFormResult {
  record Saved(String message) implements ProfileFormResult {
    public Saved {
      Objects.requireNonNull(message, "message");
    }
  }

  record Invalid(Map<ProfileField, String> errors) implements ProfileFormResult {
    public Invalid {
      errors = Map.copyOf(errors);
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("an invalid form names at least one field");
      }
    }
  }
}
