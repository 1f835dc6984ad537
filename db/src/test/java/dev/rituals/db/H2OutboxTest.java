package dev.rituals.db;

import dev.rituals.db.testing.TestDatabases;
import java.util.List;

class H2OutboxTest extends OutboxContract {
  @Override
  protected Database openDatabase() {
    return TestDatabases.h2();
  }

  /**
   * H2 locks every row its FOR UPDATE query matches, not only the rows within FETCH FIRST: the
   * first claimer (limit 1) also locks the due head of C2, so a concurrent claimer skips it until
   * the first commits. Nothing is ever delivered twice; an embedded single node just claims less in
   * parallel.
   */
  @Override
  protected List<String> claimableBesideAnOpenClaim() {
    return List.of();
  }
}
