package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class PostgresIssuerKeysTest extends IssuerKeysContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.postgres();
  }
}
