package dev.rituals.core.usecase;

import dev.rituals.core.model.UserRef;
import java.util.Map;

/**
 * A member's own pairing profile, as the Slack modal and the Teams card edit it. The text command
 * {@code profile set} ends in the same rules.
 */
public interface EditProfileUseCase {
  /** The current values as text, one per field, to pre-fill a form (blank when unset). */
  Map<ProfileField, String> current(UserRef user);

  /**
   * Applies every given field at once: all are valid and saved, or none is saved and each bad one
   * has its message. Fields not given keep their values.
   */
  ProfileFormResult submit(UserRef user, Map<ProfileField, String> values);
}
