package dev.rituals.db.repository;

import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.IntegrityConstraintViolationException;

/** Inserts that must do nothing, not fail, when the row's unique key is already taken. */
final class Inserts {

  private Inserts() {}

  /**
   * Runs an {@code INSERT ... ON CONFLICT DO NOTHING} and returns its count. PostgreSQL waits for a
   * concurrent transaction inserting the same key and then skips the row. jOOQ emulates the clause
   * on H2 with MERGE, which instead fails with a key violation once that other transaction commits;
   * on H2 that failure becomes "nothing inserted" when {@code stored} confirms the key is there now
   * (any other violation, or a key still missing, is rethrown).
   */
  static int ignoringDuplicate(DSLContext dsl, IntSupplier insert, BooleanSupplier stored) {
    try {
      return insert.getAsInt();
    } catch (IntegrityConstraintViolationException e) {
      // Never on PostgreSQL: there a failed statement has aborted the transaction anyway.
      if (dsl.dialect().family() == SQLDialect.H2 && stored.getAsBoolean()) {
        return 0;
      }
      throw e;
    }
  }
}
