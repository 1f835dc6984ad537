package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class PostgresCommunityAndMemberTest extends CommunityAndMemberContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.postgres();
  }
}
