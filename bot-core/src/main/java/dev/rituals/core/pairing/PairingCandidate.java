package dev.rituals.core.pairing;

import dev.rituals.core.model.Profile;
import dev.rituals.core.model.UserRef;
import java.util.Objects;

/** A community member as the pairing engine sees them: their profile and the name to show. */
public record PairingCandidate(Profile profile, String displayName) {
  public PairingCandidate {
    Objects.requireNonNull(profile, "profile");
    displayName =
        displayName == null || displayName.isBlank()
            ? profile.user().userId()
            : displayName.strip();
  }

  public UserRef user() {
    return profile.user();
  }
}
