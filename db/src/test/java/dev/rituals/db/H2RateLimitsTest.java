package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class H2RateLimitsTest extends RateLimitsContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.h2();
  }
}
