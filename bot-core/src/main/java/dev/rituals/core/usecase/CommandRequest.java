package dev.rituals.core.usecase;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.UserRef;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A command someone typed: {@code /rituals ...} in Slack or {@code @Rituals ...} in Teams, with the
 * prefix and mention already stripped.
 *
 * @param channel where it was typed; empty in a direct/personal chat
 * @param tenantAdmin whether the platform says the person administers the workspace/tenant
 * @param userZone the person's own time zone when the platform knows it
 */
public record CommandRequest(
    UserRef user,
    String displayName,
    Optional<ChannelRef> channel,
    String text,
    boolean tenantAdmin,
    Optional<ZoneId> userZone) {
  public CommandRequest {
    Objects.requireNonNull(user, "user");
    displayName = displayName == null || displayName.isBlank() ? user.userId() : displayName;
    Objects.requireNonNull(channel, "channel");
    text = text == null ? "" : text;
    Objects.requireNonNull(userZone, "userZone");
  }
}
