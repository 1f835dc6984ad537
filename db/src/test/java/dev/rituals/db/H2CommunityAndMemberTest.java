package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class H2CommunityAndMemberTest extends CommunityAndMemberContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.h2();
  }
}
