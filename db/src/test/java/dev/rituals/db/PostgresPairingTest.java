package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class PostgresPairingTest extends PairingContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.postgres();
  }
}
