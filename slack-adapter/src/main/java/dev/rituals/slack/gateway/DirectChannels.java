package dev.rituals.slack.gateway;

import dev.rituals.core.model.UserRef;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The direct-message channel of each person. conversations.open returns the same channel every
 * time, so remembering it saves one Web API call per DM.
 */
final class DirectChannels {
  private static final int MAX_REMEMBERED = 10_000;

  private final Map<UserRef, String> channels = new ConcurrentHashMap<>();

  Optional<String> known(UserRef user) {
    return Optional.ofNullable(channels.get(user));
  }

  void remember(UserRef user, String channelId) {
    if (channels.size() >= MAX_REMEMBERED) {
      channels.clear(); // a cache, not a record: losing it costs one call per person
    }
    channels.put(user, channelId);
  }
}
