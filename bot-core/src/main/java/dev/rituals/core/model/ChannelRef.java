package dev.rituals.core.model;

import java.util.Objects;

/** Where a community meets: a channel (or Teams conversation) inside one tenant. */
public record ChannelRef(TenantRef tenant, String channelId) {
  public ChannelRef {
    Objects.requireNonNull(tenant, "tenant");
    channelId = Ids.requireToken(channelId, "channelId");
  }

  public static ChannelRef of(Platform platform, String tenantId, String channelId) {
    return new ChannelRef(new TenantRef(platform, tenantId), channelId);
  }

  public Platform platform() {
    return tenant.platform();
  }
}
