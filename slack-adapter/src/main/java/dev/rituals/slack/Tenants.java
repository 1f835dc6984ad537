package dev.rituals.slack;

import com.slack.api.bolt.context.Context;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.model.UserRef;
import java.time.Clock;
import java.time.Instant;

/** Slack ids to core references. A workspace (team id) is the tenant. */
public final class Tenants {
  private Tenants() {}

  /**
   * The workspace the request is for. Bolt sets it from the installation (authorizations[0]), which
   * in a shared channel is ours, not the channel's origin. Org-wide installs may lack a team id;
   * the enterprise id stands in for it then.
   */
  public static String teamId(Context context) {
    return context.getTeamId() != null ? context.getTeamId() : context.getEnterpriseId();
  }

  public static TenantRef tenant(String teamId) {
    return new TenantRef(Platform.SLACK, teamId);
  }

  public static UserRef user(String teamId, String userId) {
    return UserRef.of(Platform.SLACK, teamId, userId);
  }

  public static ChannelRef channel(String teamId, String channelId) {
    return ChannelRef.of(Platform.SLACK, teamId, channelId);
  }

  /** A message's own time: Slack's ts is "seconds.microseconds" since the epoch. */
  public static Instant instantOf(String ts, Clock fallback) {
    try {
      int dot = ts.indexOf('.');
      long seconds = Long.parseLong(dot < 0 ? ts : ts.substring(0, dot));
      long micros =
          dot < 0 ? 0 : Long.parseLong((ts.substring(dot + 1) + "000000").substring(0, 6));
      return Instant.ofEpochSecond(seconds, micros * 1000);
    } catch (RuntimeException e) {
      return fallback.instant();
    }
  }
}
