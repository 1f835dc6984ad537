package dev.rituals.db.repository;

import static dev.rituals.db.jooq.Tables.OUTBOX;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageKind;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.OutboxId;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.OutboxState;
import dev.rituals.core.port.OutboxRepository;
import dev.rituals.core.port.Transactions;
import dev.rituals.db.jooq.tables.Outbox;
import dev.rituals.db.jooq.tables.records.OutboxRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The durable outbox. Each (platform, tenant, ordering key) is one queue, delivered strictly in
 * order (created_at, then enqueue sequence): only a queue's oldest pending message is claimable,
 * and only once it is due.
 *
 * <p>Claiming runs in a transaction: {@code SELECT ... FOR UPDATE SKIP LOCKED} picks due heads that
 * no other node is claiming right now, then an update leases them ({@code not_before = leaseUntil},
 * {@code attempts + 1}). A leased head is not due, so neither it nor anything behind it in its
 * queue is handed out again until the sender marks it or the lease runs out (a crashed sender's
 * messages are retried after the lease).
 *
 * <p>H2 runs the same statement, but locks every row the query matches rather than only those
 * within the limit, so a concurrent claimer on H2 may skip (never double-claim) messages the first
 * claimer did not take, until that claim commits. H2 is the embedded single-node setup, where this
 * only costs parallelism between threads of one process.
 */
public final class JooqOutboxRepository implements OutboxRepository {

  static final int MAX_ERROR = 2000;

  private final DSLContext dsl;
  private final Transactions transactions;

  public JooqOutboxRepository(DSLContext dsl, Transactions transactions) {
    this.dsl = dsl;
    this.transactions = transactions;
  }

  @Override
  public int enqueue(List<OutboxMessage> messages) {
    if (messages.isEmpty()) {
      return 0;
    }
    // One transaction: a batch is stored whole or not at all. List order is enqueue order.
    return transactions.inTransaction(
        () -> {
          int added = 0;
          for (OutboxMessage message : messages) {
            added +=
                Inserts.ignoringDuplicate(
                    dsl,
                    () ->
                        dsl.insertInto(OUTBOX)
                            .set(toRow(message))
                            .onConflict(OUTBOX.IDEMPOTENCY_KEY)
                            .doNothing()
                            .execute(),
                    () ->
                        dsl.fetchExists(
                            OUTBOX, OUTBOX.IDEMPOTENCY_KEY.eq(message.idempotencyKey())));
          }
          return added;
        });
  }

  @Override
  public List<OutboxMessage> claimDue(Instant now, int limit, Instant leaseUntil) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive");
    }
    if (!leaseUntil.isAfter(now)) {
      throw new IllegalArgumentException("the lease must end after now");
    }
    return transactions.inTransaction(
        () -> {
          Outbox head = OUTBOX.as("head");
          Outbox earlier = OUTBOX.as("earlier");
          List<OutboxRecord> due =
              dsl.selectFrom(head)
                  .where(head.STATE.eq(OutboxState.PENDING.name()))
                  .and(head.NOT_BEFORE.le(now))
                  .andNotExists(
                      dsl.selectOne()
                          .from(earlier)
                          .where(earlier.STATE.eq(OutboxState.PENDING.name()))
                          .and(earlier.PLATFORM.eq(head.PLATFORM))
                          .and(earlier.TENANT_ID.eq(head.TENANT_ID))
                          .and(earlier.ORDERING_KEY.eq(head.ORDERING_KEY))
                          .and(
                              earlier
                                  .CREATED_AT
                                  .lt(head.CREATED_AT)
                                  .or(
                                      earlier
                                          .CREATED_AT
                                          .eq(head.CREATED_AT)
                                          .and(earlier.SEQ.lt(head.SEQ)))))
                  .orderBy(head.CREATED_AT, head.SEQ)
                  .limit(limit)
                  .forUpdate()
                  .skipLocked()
                  .fetchInto(OUTBOX);
          if (due.isEmpty()) {
            return List.of();
          }
          dsl.update(OUTBOX)
              .set(OUTBOX.NOT_BEFORE, leaseUntil)
              .set(OUTBOX.ATTEMPTS, OUTBOX.ATTEMPTS.plus(1))
              .where(OUTBOX.ID.in(due.stream().map(OutboxRecord::getId).toList()))
              .execute();
          return due.stream()
              .map(
                  row -> {
                    row.setNotBefore(leaseUntil);
                    row.setAttempts(row.getAttempts() + 1);
                    return toMessage(row);
                  })
              .toList();
        });
  }

  @Override
  public void markSent(OutboxId id, MessageRef delivered, Instant at) {
    dsl.update(OUTBOX)
        .set(OUTBOX.STATE, OutboxState.SENT.name())
        .set(OUTBOX.DELIVERED_PLATFORM, delivered.channel().platform().name())
        .set(OUTBOX.DELIVERED_TENANT_ID, delivered.channel().tenant().tenantId())
        .set(OUTBOX.DELIVERED_CHANNEL_ID, delivered.channel().channelId())
        .set(OUTBOX.DELIVERED_MESSAGE_ID, delivered.messageId())
        .set(OUTBOX.SENT_AT, at)
        .where(OUTBOX.ID.eq(id.value()))
        .execute();
  }

  @Override
  public void markRetry(OutboxId id, Instant notBefore, String error) {
    dsl.update(OUTBOX)
        .set(OUTBOX.STATE, OutboxState.PENDING.name())
        .set(OUTBOX.NOT_BEFORE, notBefore)
        .set(OUTBOX.LAST_ERROR, Columns.truncate(error, MAX_ERROR))
        .where(OUTBOX.ID.eq(id.value()))
        .and(stillPending())
        .execute();
  }

  @Override
  public void markFailed(OutboxId id, String error) {
    dsl.update(OUTBOX)
        .set(OUTBOX.STATE, OutboxState.FAILED.name())
        .set(OUTBOX.LAST_ERROR, Columns.truncate(error, MAX_ERROR))
        .where(OUTBOX.ID.eq(id.value()))
        .and(stillPending())
        .execute();
  }

  @Override
  public void defer(OutboxId id, Instant notBefore, String reason) {
    // The claim counted an attempt; being held back by a rate limit is not one.
    dsl.update(OUTBOX)
        .set(OUTBOX.STATE, OutboxState.PENDING.name())
        .set(OUTBOX.NOT_BEFORE, notBefore)
        .set(
            OUTBOX.ATTEMPTS, DSL.when(OUTBOX.ATTEMPTS.gt(0), OUTBOX.ATTEMPTS.minus(1)).otherwise(0))
        .where(OUTBOX.ID.eq(id.value()))
        .and(stillPending())
        .execute();
  }

  /**
   * The outcome of a send is recorded only while the message is still pending: one a moderator
   * dismissed while it was being sent stays dismissed instead of coming back to retry or fail.
   */
  private static Condition stillPending() {
    return OUTBOX.STATE.eq(OutboxState.PENDING.name());
  }

  @Override
  public int retry(CommunityId community, List<OutboxId> ids, Instant now) {
    if (ids.isEmpty()) {
      return 0;
    }
    return dsl.update(OUTBOX)
        .set(OUTBOX.STATE, OutboxState.PENDING.name())
        .set(OUTBOX.ATTEMPTS, 0)
        .set(OUTBOX.NOT_BEFORE, now)
        .setNull(OUTBOX.LAST_ERROR)
        .where(OUTBOX.COMMUNITY_ID.eq(community.value()))
        .and(OUTBOX.ID.in(ids.stream().map(OutboxId::value).toList()))
        .and(OUTBOX.STATE.eq(OutboxState.FAILED.name()))
        .execute();
  }

  @Override
  public int dismiss(CommunityId community, List<OutboxId> ids) {
    if (ids.isEmpty()) {
      return 0;
    }
    return dsl.update(OUTBOX)
        .set(OUTBOX.STATE, OutboxState.DISMISSED.name())
        .where(OUTBOX.COMMUNITY_ID.eq(community.value()))
        .and(OUTBOX.ID.in(ids.stream().map(OutboxId::value).toList()))
        .and(
            OUTBOX
                .STATE
                .eq(OutboxState.FAILED.name())
                .or(OUTBOX.STATE.eq(OutboxState.PENDING.name()).and(OUTBOX.LAST_ERROR.isNotNull())))
        .execute();
  }

  @Override
  public List<OutboxMessage> undelivered(CommunityId community, int limit) {
    return dsl.selectFrom(OUTBOX)
        .where(OUTBOX.COMMUNITY_ID.eq(community.value()))
        .and(
            OUTBOX
                .STATE
                .eq(OutboxState.FAILED.name())
                .or(OUTBOX.STATE.eq(OutboxState.PENDING.name()).and(OUTBOX.LAST_ERROR.isNotNull())))
        .orderBy(OUTBOX.CREATED_AT.desc(), OUTBOX.SEQ.desc())
        .limit(limit)
        .fetch(JooqOutboxRepository::toMessage);
  }

  @Override
  public Optional<Instant> oldestPending() {
    return Optional.ofNullable(
        dsl.select(DSL.min(OUTBOX.CREATED_AT))
            .from(OUTBOX)
            .where(OUTBOX.STATE.eq(OutboxState.PENDING.name()))
            .fetchOne(0, Instant.class));
  }

  /** One stored message, whatever its state: for operators and tests (not part of the port). */
  public Optional<OutboxMessage> find(OutboxId id) {
    return dsl.selectFrom(OUTBOX)
        .where(OUTBOX.ID.eq(id.value()))
        .fetchOptional()
        .map(JooqOutboxRepository::toMessage);
  }

  @Override
  public long count(OutboxState state) {
    return dsl.fetchCount(OUTBOX, OUTBOX.STATE.eq(state.name()));
  }

  private static OutboxRecord toRow(OutboxMessage message) {
    OutboxRecord row = new OutboxRecord();
    row.setId(message.id().value());
    row.setIdempotencyKey(message.idempotencyKey());
    row.setCommunityId(message.communityId().map(CommunityId::value).orElse(null));
    row.setPlatform(message.destination().tenant().platform().name());
    row.setTenantId(message.destination().tenant().tenantId());
    row.setOrderingKey(message.destination().orderingKey());
    row.setDestination(DestinationJson.write(message.destination()));
    row.setBodyKind(message.body().kind().name());
    row.setBodyText(message.body().text());
    row.setBodyFields(Json.stringMap(message.body().fields()));
    row.setState(message.state().name());
    row.setAttempts(message.attempts());
    row.setCreatedAt(message.createdAt());
    row.setNotBefore(message.notBefore());
    message
        .delivered()
        .ifPresent(
            m -> {
              row.setDeliveredPlatform(m.channel().platform().name());
              row.setDeliveredTenantId(m.channel().tenant().tenantId());
              row.setDeliveredChannelId(m.channel().channelId());
              row.setDeliveredMessageId(m.messageId());
            });
    row.setLastError(message.lastError().map(e -> Columns.truncate(e, MAX_ERROR)).orElse(null));
    return row;
  }

  private static OutboxMessage toMessage(OutboxRecord row) {
    return new OutboxMessage(
        new OutboxId(row.getId()),
        row.getIdempotencyKey(),
        Optional.ofNullable(row.getCommunityId()).map(CommunityId::new),
        DestinationJson.read(row.getDestination()),
        new MessageBody(
            MessageKind.valueOf(row.getBodyKind()),
            row.getBodyText(),
            Json.readStringMap(row.getBodyFields())),
        OutboxState.valueOf(row.getState()),
        row.getAttempts(),
        row.getCreatedAt(),
        row.getNotBefore(),
        Columns.message(
            row.getDeliveredPlatform(),
            row.getDeliveredTenantId(),
            row.getDeliveredChannelId(),
            row.getDeliveredMessageId()),
        Optional.ofNullable(row.getLastError()));
  }
}
