package dev.rituals.db;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

/**
 * Lets a test hold a transaction open until another one is provably waiting for its row lock,
 * instead of sleeping and hoping the other thread got that far.
 */
final class LockWaits {

  private LockWaits() {}

  /**
   * Waits until another session is stuck in a statement. PostgreSQL reports lock waits directly. H2
   * does not fill {@code blocker_id} while a statement waits for a row lock, so there we look for
   * another session still running a statement: the caller's own transaction is idle (it is the one
   * waiting in this method), so that session is the one blocked behind it.
   */
  static void awaitSomeoneWaitingForALock(Database database) {
    String query =
        database.vendor() == Vendor.POSTGRESQL
            ? "select count(*) from pg_stat_activity"
                + " where wait_event_type = 'Lock' and datname = current_database()"
            : "select count(*) from information_schema.sessions"
                + " where session_state = 'RUNNING' and session_id <> session_id()";
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> database.dsl().fetchOne(query).get(0, Long.class) > 0);
  }
}
