package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class H2LinkCodeTest extends LinkCodeContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.h2();
  }
}
