package dev.rituals.db;

import static dev.rituals.db.jooq.Tables.ANSWER;
import static dev.rituals.db.jooq.Tables.ANSWER_REPLY;
import static dev.rituals.db.jooq.Tables.OCCURRENCE;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.model.UserRef;
import dev.rituals.db.jooq.tables.Answer;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The reference the roll-up is checked against: the participation aggregates computed straight from
 * the answer and reply rows, as the queries did before the roll-up (V62).
 */
final class AnswerScanParticipation {
  private final DSLContext dsl;

  AnswerScanParticipation(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** Each person's part in each occurrence that opened in [from, to), from the answer rows. */
  Set<PartRow> parts(CommunityId community, Instant from, Instant to) {
    Map<List<Object>, PartRow> rows = new HashMap<>();
    dsl.select(
            ANSWER.PLATFORM,
            ANSWER.TENANT_ID,
            ANSWER.AUTHOR_ID,
            ANSWER.OCCURRENCE_ID,
            DSL.count(),
            DSL.max(ANSWER.ANSWERED_AT))
        .from(ANSWER)
        .join(OCCURRENCE)
        .on(OCCURRENCE.ID.eq(ANSWER.OCCURRENCE_ID))
        .where(inRange(community, from, to))
        .and(ANSWER.RETRACTED.isFalse())
        .groupBy(ANSWER.PLATFORM, ANSWER.TENANT_ID, ANSWER.AUTHOR_ID, ANSWER.OCCURRENCE_ID)
        .forEach(
            r -> {
              UserRef who = user(r.value1(), r.value2(), r.value3());
              OccurrenceId occurrence = new OccurrenceId(r.value4());
              rows.put(
                  List.of(who, occurrence),
                  new PartRow(who, occurrence, r.value5(), r.value6(), 0, null));
            });
    // Replies in the threads of someone else's answers, whether that answer counts or not.
    dsl.select(
            ANSWER_REPLY.PLATFORM,
            ANSWER_REPLY.TENANT_ID,
            ANSWER_REPLY.AUTHOR_ID,
            ANSWER.OCCURRENCE_ID,
            DSL.count(),
            DSL.max(ANSWER_REPLY.REPLIED_AT))
        .from(ANSWER_REPLY)
        .join(ANSWER)
        .on(ANSWER.ID.eq(ANSWER_REPLY.ANSWER_ID))
        .join(OCCURRENCE)
        .on(OCCURRENCE.ID.eq(ANSWER.OCCURRENCE_ID))
        .where(inRange(community, from, to))
        .andNot(
            ANSWER_REPLY
                .PLATFORM
                .eq(ANSWER.PLATFORM)
                .and(ANSWER_REPLY.TENANT_ID.eq(ANSWER.TENANT_ID))
                .and(ANSWER_REPLY.AUTHOR_ID.eq(ANSWER.AUTHOR_ID)))
        .groupBy(
            ANSWER_REPLY.PLATFORM,
            ANSWER_REPLY.TENANT_ID,
            ANSWER_REPLY.AUTHOR_ID,
            ANSWER.OCCURRENCE_ID)
        .forEach(
            r -> {
              UserRef who = user(r.value1(), r.value2(), r.value3());
              OccurrenceId occurrence = new OccurrenceId(r.value4());
              PartRow answered = rows.get(List.of(who, occurrence));
              rows.put(
                  List.of(who, occurrence),
                  new PartRow(
                      who,
                      occurrence,
                      answered == null ? 0 : answered.answers(),
                      answered == null ? null : answered.lastAnsweredAt(),
                      r.value5(),
                      r.value6()));
            });
    return new HashSet<>(rows.values());
  }

  /** The occurrences that opened in [from, to), oldest first (ties by id). */
  List<OccurrenceId> occurrences(CommunityId community, Instant from, Instant to) {
    return dsl.select(OCCURRENCE.ID)
        .from(OCCURRENCE)
        .where(inRange(community, from, to))
        .orderBy(OCCURRENCE.OPENS_AT, OCCURRENCE.ID)
        .fetch(r -> new OccurrenceId(r.value1()));
  }

  Set<UserRef> newVoices(CommunityId community, Instant from, Instant to) {
    Answer earlier = ANSWER.as("earlier");
    Set<UserRef> voices = new HashSet<>();
    dsl.selectDistinct(ANSWER.PLATFORM, ANSWER.TENANT_ID, ANSWER.AUTHOR_ID)
        .from(ANSWER)
        .join(OCCURRENCE)
        .on(OCCURRENCE.ID.eq(ANSWER.OCCURRENCE_ID))
        .where(inRange(community, from, to))
        .and(ANSWER.RETRACTED.isFalse())
        .andNotExists(
            DSL.selectOne()
                .from(earlier)
                .where(earlier.COMMUNITY_ID.eq(community.value()))
                .and(earlier.PLATFORM.eq(ANSWER.PLATFORM))
                .and(earlier.TENANT_ID.eq(ANSWER.TENANT_ID))
                .and(earlier.AUTHOR_ID.eq(ANSWER.AUTHOR_ID))
                .and(earlier.ANSWERED_AT.lt(from))
                .and(earlier.RETRACTED.isFalse()))
        .forEach(r -> voices.add(user(r.value1(), r.value2(), r.value3())));
    return voices;
  }

  private static Condition inRange(CommunityId community, Instant from, Instant to) {
    return OCCURRENCE
        .COMMUNITY_ID
        .eq(community.value())
        .and(OCCURRENCE.OPENS_AT.ge(from))
        .and(OCCURRENCE.OPENS_AT.lt(to));
  }

  private static UserRef user(String platform, String tenant, String id) {
    return new UserRef(new TenantRef(Platform.valueOf(platform), tenant), id);
  }
}
