package dev.rituals.slack.install;

import dev.rituals.db.Database;
import dev.rituals.db.testing.TestDatabases;

class PostgresInstallStoreTest extends InstallStoreContract {
  @Override
  Database open() {
    return TestDatabases.postgres();
  }
}
