package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class H2IssuerKeysTest extends IssuerKeysContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.h2();
  }
}
