package dev.rituals.core.port;

import dev.rituals.core.model.TenantRef;
import java.time.Instant;

/**
 * Remembers platform events already handled, because platforms redeliver (Slack retries with
 * X-Slack-Retry-Num) and Bolt does not de-duplicate.
 */
public interface InboundEventLog {
  /**
   * @return true the first time this (tenant, event id) is seen, false afterwards
   */
  boolean firstTime(TenantRef tenant, String eventId, Instant at);
}
