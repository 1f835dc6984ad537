package dev.rituals.core.port;

import dev.rituals.core.model.Profile;
import dev.rituals.core.model.UserRef;
import java.util.Optional;

/** Members' self-described profiles. */
public interface ProfileRepository {
  void save(Profile profile);

  Optional<Profile> find(UserRef user);
}
