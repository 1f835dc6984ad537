package dev.rituals.db.repository;

import static dev.rituals.db.jooq.Tables.INBOUND_EVENT;

import dev.rituals.core.model.TenantRef;
import dev.rituals.core.port.InboundEventLog;
import java.time.Instant;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Handled platform events, keyed by (platform, tenant id, event id). One insert that does nothing
 * on conflict: the database decides who saw an event first, even across nodes.
 */
public final class JooqInboundEventLog implements InboundEventLog {

  /** The column's width; platform event ids are far shorter. */
  static final int MAX_EVENT_ID = 400;

  private final DSLContext dsl;

  public JooqInboundEventLog(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public boolean firstTime(TenantRef tenant, String eventId, Instant at) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(at, "at");
    if (eventId == null || eventId.isBlank()) {
      throw new IllegalArgumentException("eventId must not be blank");
    }
    if (eventId.length() > MAX_EVENT_ID) {
      throw new IllegalArgumentException("eventId is longer than " + MAX_EVENT_ID);
    }
    Condition sameEvent =
        Columns.isTenant(INBOUND_EVENT.PLATFORM, INBOUND_EVENT.TENANT_ID, tenant)
            .and(INBOUND_EVENT.EVENT_ID.eq(eventId));
    return Inserts.ignoringDuplicate(
            dsl,
            () ->
                dsl.insertInto(INBOUND_EVENT)
                    .set(INBOUND_EVENT.PLATFORM, tenant.platform().name())
                    .set(INBOUND_EVENT.TENANT_ID, tenant.tenantId())
                    .set(INBOUND_EVENT.EVENT_ID, eventId)
                    .set(INBOUND_EVENT.RECEIVED_AT, at)
                    .onConflictDoNothing()
                    .execute(),
            () -> dsl.fetchExists(INBOUND_EVENT, sameEvent))
        == 1;
  }
}
