package dev.rituals.db;

import static dev.rituals.db.jooq.Tables.ANSWER;
import static dev.rituals.db.jooq.Tables.ANSWER_REPLY;
import static dev.rituals.db.jooq.Tables.OCCURRENCE;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.ParticipationQueries.Attendance;
import dev.rituals.core.port.ParticipationQueries.PeerReplies;
import dev.rituals.db.jooq.tables.Answer;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
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

  Set<Attendance> attendance(CommunityId community, Instant from, Instant to) {
    Field<Integer> answers = DSL.count();
    Field<Instant> last = DSL.max(ANSWER.ANSWERED_AT);
    Set<Attendance> rows = new HashSet<>();
    dsl.select(
            ANSWER.PLATFORM,
            ANSWER.TENANT_ID,
            ANSWER.AUTHOR_ID,
            ANSWER.OCCURRENCE_ID,
            answers,
            last)
        .from(ANSWER)
        .join(OCCURRENCE)
        .on(OCCURRENCE.ID.eq(ANSWER.OCCURRENCE_ID))
        .where(inRange(community, from, to))
        .and(ANSWER.RETRACTED.isFalse())
        .groupBy(ANSWER.PLATFORM, ANSWER.TENANT_ID, ANSWER.AUTHOR_ID, ANSWER.OCCURRENCE_ID)
        .forEach(
            r ->
                rows.add(
                    new Attendance(
                        user(r.value1(), r.value2(), r.value3()),
                        new OccurrenceId(r.value4()),
                        r.value5(),
                        r.value6())));
    return rows;
  }

  /** Respondents per occurrence in range; occurrences nobody answered are absent. */
  Map<OccurrenceId, Integer> respondents(CommunityId community, Instant from, Instant to) {
    Map<OccurrenceId, Integer> counts = new HashMap<>();
    attendance(community, from, to).forEach(a -> counts.merge(a.occurrence(), 1, Integer::sum));
    return counts;
  }

  Set<PeerReplies> repliesToPeers(CommunityId community, Instant from, Instant to) {
    Set<PeerReplies> rows = new HashSet<>();
    dsl.select(
            ANSWER_REPLY.PLATFORM,
            ANSWER_REPLY.TENANT_ID,
            ANSWER_REPLY.AUTHOR_ID,
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
        .groupBy(ANSWER_REPLY.PLATFORM, ANSWER_REPLY.TENANT_ID, ANSWER_REPLY.AUTHOR_ID)
        .forEach(
            r ->
                rows.add(
                    new PeerReplies(
                        user(r.value1(), r.value2(), r.value3()), r.value4(), r.value5())));
    return rows;
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
