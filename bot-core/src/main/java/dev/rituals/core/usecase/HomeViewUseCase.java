package dev.rituals.core.usecase;

import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.UserRef;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A person's home screen (Slack App Home): the communities they belong to in their tenant, what
 * comes next, what they answered lately; moderators may pause and resume rituals from it.
 */
public interface HomeViewUseCase {
  /**
   * @param viewerZone the person's own time zone when the platform knows it; next fire times are
   *     shown in it, else in each community's zone
   */
  HomeView homeFor(UserRef viewer, Optional<ZoneId> viewerZone);

  /**
   * Pauses or resumes a ritual. Only a moderator of the ritual's community may; every other case
   * comes back as a DENIED / NOT_FOUND reply, never as an exception.
   */
  CommandReply setPaused(UserRef moderator, RitualId ritual, boolean paused);
}
