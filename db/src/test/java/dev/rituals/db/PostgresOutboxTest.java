package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;
import java.util.List;

class PostgresOutboxTest extends OutboxContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.postgres();
  }

  /** PostgreSQL locks only the rows returned: the other channel's head is free to claim. */
  @Override
  protected List<String> claimableBesideAnOpenClaim() {
    return List.of("c2-a");
  }
}
