package dev.rituals.db;

import static dev.rituals.db.jooq.Tables.OUTBOX;

import dev.rituals.core.model.OutboxState;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * How far behind the outbox is, for the metrics endpoint: messages waiting and how long the oldest
 * has waited. Read-only, two small indexed queries, run when metrics are scraped.
 */
public final class OutboxStats {
  private final DSLContext dsl;

  public OutboxStats(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** Messages not yet sent (including those waiting for a retry). */
  public long pending() {
    return dsl.fetchCount(OUTBOX, OUTBOX.STATE.eq(OutboxState.PENDING.name()));
  }

  /** How long the oldest unsent message has waited; zero when none waits. */
  public Duration oldestPendingAge(Instant now) {
    OffsetDateTime oldest =
        dsl.select(DSL.min(OUTBOX.CREATED_AT))
            .from(OUTBOX)
            .where(OUTBOX.STATE.eq(OutboxState.PENDING.name()))
            .fetchOne(0, OffsetDateTime.class);
    if (oldest == null) {
      return Duration.ZERO;
    }
    Duration age = Duration.between(oldest.toInstant(), now);
    return age.isNegative() ? Duration.ZERO : age;
  }
}
