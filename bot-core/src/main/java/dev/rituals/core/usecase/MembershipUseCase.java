package dev.rituals.core.usecase;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Installation;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.model.UserRef;

/** Platform events about people and installations. */
public interface MembershipUseCase {
  /** The bot was installed (or re-installed): remember it, enabled. */
  void installed(Installation installation);

  /** Uninstalled or tokens revoked: nothing more is sent to this tenant. */
  void uninstalled(TenantRef tenant);

  /**
   * Someone joined a channel. If the channel belongs to a community they become a member and get a
   * short welcome DM; returns whether they were welcomed.
   */
  boolean joinedChannel(ChannelRef channel, UserRef user, String displayName);

  /** Someone left a community's channel. */
  void leftChannel(ChannelRef channel, UserRef user);

  /** Whether messages may be sent to this tenant (installed and enabled). */
  boolean isActive(TenantRef tenant);
}
