package dev.rituals.core.pairing;

import dev.rituals.core.model.UserRef;
import java.util.Objects;

/** One person in a group, with the name to show. */
public record GroupMember(UserRef user, String displayName) {
  public GroupMember {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(displayName, "displayName");
  }
}
