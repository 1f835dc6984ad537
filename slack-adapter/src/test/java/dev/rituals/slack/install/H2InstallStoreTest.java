package dev.rituals.slack.install;

import dev.rituals.db.Database;
import dev.rituals.db.testing.TestDatabases;

class H2InstallStoreTest extends InstallStoreContract {
  @Override
  Database open() {
    return TestDatabases.h2();
  }
}
