package dev.rituals.core.model;

import java.util.Objects;

/** A Slack workspace (team id) or a Teams tenant (tenant id): the unit of data isolation. */
public record TenantRef(Platform platform, String tenantId) {
  public TenantRef {
    Objects.requireNonNull(platform, "platform");
    tenantId = Ids.requireToken(tenantId, "tenantId");
  }
}
