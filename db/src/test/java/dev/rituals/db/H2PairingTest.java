package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class H2PairingTest extends PairingContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.h2();
  }
}
