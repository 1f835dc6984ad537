package dev.rituals.core.model;

import java.util.Objects;

/** A person's identity on one platform inside one tenant. */
public record UserRef(TenantRef tenant, String userId) {
  public UserRef {
    Objects.requireNonNull(tenant, "tenant");
    userId = Ids.requireToken(userId, "userId");
  }

  public static UserRef of(Platform platform, String tenantId, String userId) {
    return new UserRef(new TenantRef(platform, tenantId), userId);
  }

  public Platform platform() {
    return tenant.platform();
  }
}
