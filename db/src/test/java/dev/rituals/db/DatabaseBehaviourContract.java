package dev.rituals.db;

import static dev.rituals.db.jooq.Tables.INBOUND_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rituals.core.model.Community;
import dev.rituals.core.model.OutboxState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link Database} promises: schema migrated, transactions, health. */
abstract class DatabaseBehaviourContract extends DatabaseContract {

  private static final Instant AT = Instant.parse("2025-03-07T07:00:00Z");

  @Test
  void migrationCreatesApplicationAndQuartzTables() {
    List<String> tables =
        database
            .dsl()
            .resultQuery(
                "select lower(table_name) from information_schema.tables"
                    + " where table_schema = current_schema()")
            .fetch(0, String.class);

    assertThat(tables)
        .contains(
            "installation",
            "community",
            "community_channel",
            "member",
            "profile",
            "ritual",
            "question",
            "occurrence",
            "prompt",
            "prompt_message",
            "answer",
            "outbox",
            "inbound_event",
            "qrtz_job_details",
            "qrtz_triggers",
            "qrtz_cron_triggers",
            "qrtz_fired_triggers",
            "qrtz_locks",
            "qrtz_scheduler_state",
            "qrtz_calendars");
  }

  @Test
  void reportsItsVendor() {
    assertThat(database.vendor()).isEqualTo(expectedVendor());
  }

  protected abstract Vendor expectedVendor();

  @Test
  void isHealthyWhileOpen() {
    assertThat(database.healthy()).isTrue();
  }

  @Test
  void exceptionInsideTransactionRollsBackEveryWriteAndIsRethrownUnchanged() {
    IllegalStateException boom = new IllegalStateException("boom");

    assertThatThrownBy(
            () ->
                database
                    .transactions()
                    .inTransaction(
                        () -> {
                          insertEvent("e1");
                          insertEvent("e2");
                          throw boom;
                        }))
        .isSameAs(boom);

    assertThat(database.dsl().fetchCount(INBOUND_EVENT)).isZero();
  }

  @Test
  void repositoryWritesInsideAFailedTransactionAreAllRolledBack() {
    Community community =
        Fixtures.community("Maths", Fixtures.SLACK_T1, Fixtures.channel(Fixtures.SLACK_T1, "C1"));
    RuntimeException failure = new RuntimeException("service failed after two writes");

    assertThatThrownBy(
            () ->
                repositories
                    .transactions()
                    .inTransaction(
                        () -> {
                          repositories.communities().save(community);
                          repositories
                              .outbox()
                              .enqueue(
                                  List.of(
                                      Fixtures.outbox(
                                          "k1", Fixtures.channel(Fixtures.SLACK_T1, "C1"), AT)));
                          throw failure;
                        }))
        .isSameAs(failure);

    assertThat(repositories.communities().count()).isZero();
    assertThat(repositories.communities().findByChannel(Fixtures.channel(Fixtures.SLACK_T1, "C1")))
        .isEmpty();
    assertThat(repositories.outbox().count(OutboxState.PENDING)).isZero();
  }

  @Test
  void nestedTransactionJoinsTheOuterOneAndRollsBackWithIt() {
    assertThatThrownBy(
            () ->
                database
                    .transactions()
                    .inTransaction(
                        () -> {
                          insertEvent("outer");
                          database.transactions().inTransaction(() -> insertEvent("inner"));
                          throw new IllegalArgumentException("after the nested call");
                        }))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(database.dsl().fetchCount(INBOUND_EVENT)).isZero();
  }

  @Test
  void committedTransactionKeepsItsWritesAndReturnsTheResult() {
    int result =
        database
            .transactions()
            .inTransaction(
                () -> {
                  insertEvent("a");
                  insertEvent("b");
                  return 42;
                });

    assertThat(result).isEqualTo(42);
    assertThat(database.dsl().fetchCount(INBOUND_EVENT)).isEqualTo(2);
  }

  @Test
  void writesInsideAnOpenTransactionAreInvisibleToOtherConnectionsUntilCommit()
      throws InterruptedException {
    int[] seenFromOtherThread = new int[1];
    database
        .transactions()
        .inTransaction(
            () -> {
              insertEvent("uncommitted");
              Thread other =
                  new Thread(
                      () -> seenFromOtherThread[0] = database.dsl().fetchCount(INBOUND_EVENT));
              other.start();
              try {
                other.join();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });

    assertThat(seenFromOtherThread[0]).isZero();
    assertThat(database.dsl().fetchCount(INBOUND_EVENT)).isEqualTo(1);
  }

  @Test
  void closedDatabaseIsNotHealthy() {
    Database other = openDatabase();
    other.close();

    assertThat(other.healthy()).isFalse();
  }

  private void insertEvent(String eventId) {
    database
        .dsl()
        .insertInto(INBOUND_EVENT)
        .set(INBOUND_EVENT.PLATFORM, "SLACK")
        .set(INBOUND_EVENT.TENANT_ID, "T1")
        .set(INBOUND_EVENT.EVENT_ID, eventId)
        .set(INBOUND_EVENT.RECEIVED_AT, AT)
        .execute();
  }
}
