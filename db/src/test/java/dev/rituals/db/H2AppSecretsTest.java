package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class H2AppSecretsTest extends AppSecretsContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.h2();
  }
}
