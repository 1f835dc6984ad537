package dev.rituals.core.pairing;

import dev.rituals.core.model.UserRef;
import java.util.Objects;

/** Someone not placed in this round, and a short explanation for the moderator's preview. */
public record LeftOut(UserRef user, String displayName, LeftOutReason reason, String explanation) {
  public LeftOut {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(explanation, "explanation");
  }
}
