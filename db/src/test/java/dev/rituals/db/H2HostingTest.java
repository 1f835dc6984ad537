package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class H2HostingTest extends HostingContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.h2();
  }
}
