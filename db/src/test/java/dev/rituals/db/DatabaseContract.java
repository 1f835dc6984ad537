package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of every contract test: one fresh database per test class (the subclass says which vendor),
 * emptied before each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DatabaseContract {

  protected Database database;
  protected JooqRepositories repositories;

  /** A new, migrated database; the subclass picks H2 or PostgreSQL. */
  protected abstract Database openDatabase();

  @BeforeAll
  void openDatabaseForClass() {
    database = openDatabase();
    repositories = JooqRepositories.of(database);
  }

  @BeforeEach
  void emptyDatabase() {
    TestDatabases.wipe(database);
  }

  @AfterAll
  void closeDatabase() {
    database.close();
  }
}
