package dev.rituals.db.repository;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.model.UserRef;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;

/** Conversions between model references and the (platform, tenant_id, id) columns. */
final class Columns {

  private Columns() {}

  static TenantRef tenant(String platform, String tenantId) {
    return new TenantRef(Platform.valueOf(platform), tenantId);
  }

  static UserRef user(String platform, String tenantId, String userId) {
    return new UserRef(tenant(platform, tenantId), userId);
  }

  static ChannelRef channel(String platform, String tenantId, String channelId) {
    return new ChannelRef(tenant(platform, tenantId), channelId);
  }

  /** A message reference stored in nullable columns: all present, or none. */
  static Optional<MessageRef> message(
      String platform, String tenantId, String channelId, String messageId) {
    if (messageId == null) {
      return Optional.empty();
    }
    return Optional.of(new MessageRef(channel(platform, tenantId, channelId), messageId));
  }

  /** Platform ids are only unique inside a tenant: every lookup matches both. */
  static Condition isTenant(Field<String> platform, Field<String> tenantId, TenantRef tenant) {
    return platform.eq(tenant.platform().name()).and(tenantId.eq(tenant.tenantId()));
  }

  static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
