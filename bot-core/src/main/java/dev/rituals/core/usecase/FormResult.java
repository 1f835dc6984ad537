package dev.rituals.core.usecase;

import java.util.Map;

/** The outcome of submitting a form: saved, or errors per field with nothing saved. */
public sealed interface FormResult {
  record Saved(String message) implements FormResult {}

  record Invalid(Map<ScheduleForm.Field, String> errors) implements FormResult {
    public Invalid {
      errors = Map.copyOf(errors);
    }
  }

  /** Refused as a whole (not a moderator, no community in this channel). */
  record Refused(String message) implements FormResult {}
}
