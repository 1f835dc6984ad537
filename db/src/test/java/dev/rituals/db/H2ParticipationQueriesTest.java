package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class H2ParticipationQueriesTest extends ParticipationQueriesContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.h2();
  }
}
