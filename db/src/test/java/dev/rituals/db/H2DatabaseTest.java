package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;

class H2DatabaseTest extends DatabaseBehaviourContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.h2();
  }

  @Override
  protected Vendor expectedVendor() {
    return Vendor.H2;
  }
}
