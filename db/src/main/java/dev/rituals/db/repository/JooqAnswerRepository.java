package dev.rituals.db.repository;

import static dev.rituals.db.jooq.Tables.ANSWER;
import static dev.rituals.db.jooq.Tables.ANSWER_REPLY;

import dev.rituals.core.model.Answer;
import dev.rituals.core.model.AnswerId;
import dev.rituals.core.model.AnswerSource;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.model.PromptId;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.AnswerRepository;
import dev.rituals.db.jooq.tables.records.AnswerRecord;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Answers, unique per (author's platform, tenant, source key): a redelivered platform event finds
 * its answer already there. Retracting keeps the row (it was given) but drops its text.
 */
public final class JooqAnswerRepository implements AnswerRepository {

  /** What a retracted answer's text becomes: the person took it back, so we do not keep it. */
  static final String RETRACTED_TEXT = "(retracted)";

  private final DSLContext dsl;
  private final AttendanceRollup rollup;

  public JooqAnswerRepository(DSLContext dsl) {
    this.dsl = dsl;
    this.rollup = new AttendanceRollup(dsl);
  }

  @Override
  public boolean insertIfAbsent(Answer answer) {
    AnswerRecord row = new AnswerRecord();
    row.setId(answer.id().value());
    row.setCommunityId(answer.communityId().value());
    row.setOccurrenceId(answer.occurrenceId().value());
    row.setPromptId(answer.promptId().value());
    row.setPlatform(answer.author().platform().name());
    row.setTenantId(answer.author().tenant().tenantId());
    row.setAuthorId(answer.author().userId());
    row.setAnswerText(answer.text());
    row.setSource(answer.source().name());
    row.setSourceKey(answer.sourceKey());
    answer
        .message()
        .ifPresent(
            m -> {
              row.setMessagePlatform(m.channel().platform().name());
              row.setMessageTenantId(m.channel().tenant().tenantId());
              row.setMessageChannelId(m.channel().channelId());
              row.setMessageId(m.messageId());
            });
    row.setAnsweredAt(answer.answeredAt());
    row.setEditedAt(answer.editedAt().orElse(null));
    row.setLate(answer.late());
    row.setRetracted(answer.retracted());
    return dsl.transactionResult(
        () -> {
          boolean inserted =
              Inserts.ignoringDuplicate(
                      dsl,
                      () ->
                          dsl.insertInto(ANSWER)
                              .set(row)
                              .onConflict(ANSWER.PLATFORM, ANSWER.TENANT_ID, ANSWER.SOURCE_KEY)
                              .doNothing()
                              .execute(),
                      () ->
                          dsl.fetchExists(
                              ANSWER, bySource(answer.author().tenant(), answer.sourceKey())))
                  == 1;
          if (inserted) {
            rollup.refreshOne(answer.occurrenceId().value(), answer.author());
          }
          return inserted;
        });
  }

  @Override
  public Optional<Answer> findBySourceKey(TenantRef tenant, String sourceKey) {
    return dsl.selectFrom(ANSWER)
        .where(bySource(tenant, sourceKey))
        .fetchOptional()
        .map(JooqAnswerRepository::toAnswer);
  }

  /** Replaces what an edit can change; who, where and when it was first given stay. */
  @Override
  public void update(Answer answer) {
    dsl.transaction(
        () -> {
          dsl.update(ANSWER)
              .set(ANSWER.ANSWER_TEXT, answer.text())
              .set(ANSWER.EDITED_AT, answer.editedAt().orElse(null))
              .set(ANSWER.LATE, answer.late())
              .set(ANSWER.RETRACTED, answer.retracted())
              .where(bySource(answer.author().tenant(), answer.sourceKey()))
              .execute();
          refreshStored(answer.author().tenant(), answer.sourceKey());
        });
  }

  @Override
  public void retract(TenantRef tenant, String sourceKey) {
    dsl.transaction(
        () -> {
          dsl.update(ANSWER)
              .set(ANSWER.RETRACTED, true)
              .set(ANSWER.ANSWER_TEXT, RETRACTED_TEXT)
              .where(bySource(tenant, sourceKey))
              .execute();
          refreshStored(tenant, sourceKey);
        });
  }

  /** Recounts the roll-up row of the stored answer with this key (the stored author counts). */
  private void refreshStored(TenantRef tenant, String sourceKey) {
    dsl.select(ANSWER.OCCURRENCE_ID, ANSWER.PLATFORM, ANSWER.TENANT_ID, ANSWER.AUTHOR_ID)
        .from(ANSWER)
        .where(bySource(tenant, sourceKey))
        .fetchOptional()
        .ifPresent(
            r -> rollup.refreshOne(r.value1(), Columns.user(r.value2(), r.value3(), r.value4())));
  }

  @Override
  public List<Answer> findByOccurrence(OccurrenceId occurrence) {
    return dsl.selectFrom(ANSWER)
        .where(ANSWER.OCCURRENCE_ID.eq(occurrence.value()))
        .orderBy(ANSWER.ANSWERED_AT, ANSWER.ID)
        .fetch(JooqAnswerRepository::toAnswer);
  }

  @Override
  public Optional<Answer> findByMessage(MessageRef message) {
    ChannelRef channel = message.channel();
    return dsl.selectFrom(ANSWER)
        .where(ANSWER.MESSAGE_PLATFORM.eq(channel.platform().name()))
        .and(ANSWER.MESSAGE_TENANT_ID.eq(channel.tenant().tenantId()))
        .and(ANSWER.MESSAGE_CHANNEL_ID.eq(channel.channelId()))
        .and(ANSWER.MESSAGE_ID.eq(message.messageId()))
        .orderBy(ANSWER.ANSWERED_AT, ANSWER.ID)
        .limit(1)
        .fetchOptional()
        .map(JooqAnswerRepository::toAnswer);
  }

  @Override
  public boolean addReply(AnswerId answer, UserRef author, String sourceKey, Instant at) {
    return dsl.transactionResult(
        () -> {
          boolean added =
              dsl.insertInto(ANSWER_REPLY)
                      .set(ANSWER_REPLY.PLATFORM, author.platform().name())
                      .set(ANSWER_REPLY.TENANT_ID, author.tenant().tenantId())
                      .set(ANSWER_REPLY.SOURCE_KEY, sourceKey)
                      .set(ANSWER_REPLY.ANSWER_ID, answer.value())
                      .set(ANSWER_REPLY.AUTHOR_ID, author.userId())
                      .set(ANSWER_REPLY.REPLIED_AT, at)
                      .onConflictDoNothing()
                      .execute()
                  == 1;
          if (added) {
            refreshReplier(answer.value(), author);
          }
          return added;
        });
  }

  @Override
  public boolean removeReply(TenantRef tenant, String sourceKey) {
    return dsl.transactionResult(
        () -> {
          Condition reply =
              Columns.isTenant(ANSWER_REPLY.PLATFORM, ANSWER_REPLY.TENANT_ID, tenant)
                  .and(ANSWER_REPLY.SOURCE_KEY.eq(sourceKey));
          var removed =
              dsl.select(ANSWER_REPLY.ANSWER_ID, ANSWER_REPLY.AUTHOR_ID)
                  .from(ANSWER_REPLY)
                  .where(reply)
                  .fetchOptional();
          int deleted = dsl.deleteFrom(ANSWER_REPLY).where(reply).execute();
          removed.ifPresent(r -> refreshReplier(r.value1(), new UserRef(tenant, r.value2())));
          return deleted > 0;
        });
  }

  private void refreshReplier(UUID answer, UserRef replier) {
    dsl.select(ANSWER.OCCURRENCE_ID)
        .from(ANSWER)
        .where(ANSWER.ID.eq(answer))
        .fetchOptional(ANSWER.OCCURRENCE_ID)
        .ifPresent(occurrence -> rollup.refreshOne(occurrence, replier));
  }

  @Override
  public Map<AnswerId, Integer> replyCounts(OccurrenceId occurrence) {
    Field<Integer> replies = DSL.count().as("replies");
    Map<AnswerId, Integer> counts = new HashMap<>();
    dsl.select(ANSWER_REPLY.ANSWER_ID, replies)
        .from(ANSWER_REPLY)
        .join(ANSWER)
        .on(ANSWER.ID.eq(ANSWER_REPLY.ANSWER_ID))
        .where(ANSWER.OCCURRENCE_ID.eq(occurrence.value()))
        .groupBy(ANSWER_REPLY.ANSWER_ID)
        .forEach(r -> counts.put(new AnswerId(r.get(ANSWER_REPLY.ANSWER_ID)), r.get(replies)));
    return counts;
  }

  /** Most answers first; ties by latest answer, then by author for a stable order. */
  @Override
  public List<MemberAnswerCount> countByMember(CommunityId community, Instant from, Instant to) {
    Field<Integer> answers = DSL.count().as("answers");
    Field<Instant> last = DSL.max(ANSWER.ANSWERED_AT).as("last_answered_at");
    return dsl.select(ANSWER.PLATFORM, ANSWER.TENANT_ID, ANSWER.AUTHOR_ID, answers, last)
        .from(ANSWER)
        .where(ANSWER.COMMUNITY_ID.eq(community.value()))
        .and(ANSWER.ANSWERED_AT.ge(from))
        .and(ANSWER.ANSWERED_AT.lt(to))
        .and(ANSWER.RETRACTED.isFalse())
        .groupBy(ANSWER.PLATFORM, ANSWER.TENANT_ID, ANSWER.AUTHOR_ID)
        .orderBy(answers.desc(), last.desc(), ANSWER.PLATFORM, ANSWER.TENANT_ID, ANSWER.AUTHOR_ID)
        .fetch(
            r ->
                new MemberAnswerCount(
                    Columns.user(
                        r.get(ANSWER.PLATFORM), r.get(ANSWER.TENANT_ID), r.get(ANSWER.AUTHOR_ID)),
                    r.get(answers),
                    r.get(last)));
  }

  private static Condition bySource(TenantRef tenant, String sourceKey) {
    return Columns.isTenant(ANSWER.PLATFORM, ANSWER.TENANT_ID, tenant)
        .and(ANSWER.SOURCE_KEY.eq(sourceKey));
  }

  static Answer toAnswer(AnswerRecord row) {
    return new Answer(
        new AnswerId(row.getId()),
        new CommunityId(row.getCommunityId()),
        new OccurrenceId(row.getOccurrenceId()),
        new PromptId(row.getPromptId()),
        Columns.user(row.getPlatform(), row.getTenantId(), row.getAuthorId()),
        row.getAnswerText(),
        AnswerSource.valueOf(row.getSource()),
        row.getSourceKey(),
        Columns.message(
            row.getMessagePlatform(),
            row.getMessageTenantId(),
            row.getMessageChannelId(),
            row.getMessageId()),
        row.getAnsweredAt(),
        Optional.ofNullable(row.getEditedAt()),
        row.getLate(),
        row.getRetracted());
  }
}
