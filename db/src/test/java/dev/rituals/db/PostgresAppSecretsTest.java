package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class PostgresAppSecretsTest extends AppSecretsContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.postgres();
  }
}
