package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class PostgresRateLimitsTest extends RateLimitsContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.postgres();
  }
}
