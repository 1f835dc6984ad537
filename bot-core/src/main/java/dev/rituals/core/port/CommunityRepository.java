package dev.rituals.core.port;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.TenantRef;
import java.util.List;
import java.util.Optional;

/** Communities and the channels they meet in. A channel belongs to at most one community. */
public interface CommunityRepository {
  /**
   * Inserts or updates the community and replaces its channel bindings.
   *
   * @throws ChannelTakenException if one of its channels is bound to another community
   */
  void save(Community community);

  Optional<Community> findById(CommunityId id);

  Optional<Community> findByChannel(ChannelRef channel);

  /** Communities created in this tenant or meeting in one of its channels. */
  List<Community> findByTenant(TenantRef tenant);

  long count();

  /** Raised when a channel is already bound to a different community. */
  final class ChannelTakenException extends RuntimeException {
    public ChannelTakenException(ChannelRef channel) {
      super("channel " + channel.channelId() + " already belongs to a community");
    }
  }
}
