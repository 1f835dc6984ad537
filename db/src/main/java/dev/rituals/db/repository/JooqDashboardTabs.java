package dev.rituals.db.repository;

import static dev.rituals.db.jooq.Tables.DASHBOARD_TAB;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.port.DashboardTabs;
import java.time.Instant;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

/** Dashboard tab generations, one row per community that ever reset its tabs. */
public final class JooqDashboardTabs implements DashboardTabs {
  private final DSLContext dsl;

  public JooqDashboardTabs(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public int generation(CommunityId community) {
    return dsl.select(DASHBOARD_TAB.GENERATION)
        .from(DASHBOARD_TAB)
        .where(DASHBOARD_TAB.COMMUNITY_ID.eq(community.value()))
        .fetchOptional(DASHBOARD_TAB.GENERATION)
        .orElse(0);
  }

  @Override
  public int reset(CommunityId community, Instant at) {
    // Increment the row, or create it at 1; when two first resets race, the loser's insert hits
    // the primary key and it increments the winner's row instead (each reset counts once).
    while (true) {
      var updated =
          dsl.update(DASHBOARD_TAB)
              .set(DASHBOARD_TAB.GENERATION, DASHBOARD_TAB.GENERATION.plus(1))
              .set(DASHBOARD_TAB.RESET_AT, at)
              .where(DASHBOARD_TAB.COMMUNITY_ID.eq(community.value()))
              .returning(DASHBOARD_TAB.GENERATION)
              .fetchOptional();
      if (updated.isPresent()) {
        return updated.get().get(DASHBOARD_TAB.GENERATION);
      }
      try {
        dsl.insertInto(DASHBOARD_TAB)
            .set(DASHBOARD_TAB.COMMUNITY_ID, community.value())
            .set(DASHBOARD_TAB.GENERATION, 1)
            .set(DASHBOARD_TAB.RESET_AT, at)
            .execute();
        return 1;
      } catch (IntegrityConstraintViolationException e) {
        if (!exists(community)) {
          throw e; // no such community (foreign key), not a lost race
        }
      }
    }
  }

  private boolean exists(CommunityId community) {
    return dsl.fetchExists(DASHBOARD_TAB, DASHBOARD_TAB.COMMUNITY_ID.eq(community.value()));
  }
}
