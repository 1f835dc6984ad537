package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class PostgresDatabaseTest extends DatabaseBehaviourContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.postgres();
  }

  @Override
  protected Vendor expectedVendor() {
    return Vendor.POSTGRESQL;
  }
}
