package dev.rituals.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The bot installed in one Slack workspace or Teams tenant. A disabled installation (uninstalled,
 * tokens revoked) is kept for its history but nothing is sent to it.
 */
public record Installation(
    TenantRef tenant, String name, String botUserId, Instant installedAt, boolean enabled) {
  public Installation {
    Objects.requireNonNull(tenant, "tenant");
    name = name == null || name.isBlank() ? tenant.tenantId() : name.strip();
    Objects.requireNonNull(installedAt, "installedAt");
  }

  public Installation disabled() {
    return new Installation(tenant, name, botUserId, installedAt, false);
  }
}
