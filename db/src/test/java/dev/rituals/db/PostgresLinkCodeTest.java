package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class PostgresLinkCodeTest extends LinkCodeContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.postgres();
  }
}
