package dev.rituals.core.profile;

import dev.rituals.core.usecase.ProfileField;
import java.util.Objects;

/** A field value that cannot be stored, with the sentence to show the person. */
public final class InvalidProfileField extends RuntimeException {
  private final transient ProfileField field;

  public InvalidProfileField(ProfileField field, String message) {
    super(message);
    this.field = Objects.requireNonNull(field, "field");
  }

  public ProfileField field() {
    return field;
  }
}
