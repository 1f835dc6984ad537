package dev.rituals.slack.install;

import static dev.rituals.slack.install.InstallTables.EXPIRES_AT;
import static dev.rituals.slack.install.InstallTables.OAUTH_STATE;
import static dev.rituals.slack.install.InstallTables.STATE;

import com.slack.api.bolt.service.OAuthStateService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;

/**
 * OAuth state values in the database, so any app node can finish an install another node started. A
 * state lives ten minutes and works once: checking it deletes it, so two callbacks racing with the
 * same state cannot both pass.
 */
public final class JooqOAuthStateService implements OAuthStateService {
  private final DSLContext dsl;
  private final Clock clock;

  public JooqOAuthStateService(DSLContext dsl, Clock clock) {
    this.dsl = dsl;
    this.clock = clock;
  }

  @Override
  public void addNewStateToDatastore(String state) {
    OffsetDateTime now = now();
    // Abandoned installs leave their states behind; sweep them here, the only writer.
    dsl.deleteFrom(OAUTH_STATE).where(EXPIRES_AT.le(now)).execute();
    dsl.insertInto(OAUTH_STATE)
        .set(STATE, state)
        .set(EXPIRES_AT, now.plusSeconds(getExpirationInSeconds()))
        .execute();
  }

  @Override
  public boolean isAvailableInDatabase(String state) {
    return dsl.deleteFrom(OAUTH_STATE).where(STATE.eq(state)).and(EXPIRES_AT.gt(now())).execute()
        == 1;
  }

  @Override
  public void deleteStateFromDatastore(String state) {
    dsl.deleteFrom(OAUTH_STATE).where(STATE.eq(state)).execute();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
