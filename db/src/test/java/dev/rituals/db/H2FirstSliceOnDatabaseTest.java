package dev.rituals.db;

import dev.rituals.core.service.Ports;
import dev.rituals.core.testing.FirstSliceContract;
import dev.rituals.db.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/** Core's first slice run by the real services on the jOOQ repositories. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class H2FirstSliceOnDatabaseTest extends FirstSliceContract {
  private final Database database = TestDatabases.h2();

  @Override
  protected Ports emptyPorts() {
    TestDatabases.wipe(database);
    return JooqRepositories.of(database).ports();
  }

  @AfterAll
  void close() {
    database.close();
  }
}
