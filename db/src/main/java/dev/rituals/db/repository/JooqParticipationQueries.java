package dev.rituals.db.repository;

import static dev.rituals.db.jooq.Tables.ANSWER;
import static dev.rituals.db.jooq.Tables.ANSWER_REPLY;
import static dev.rituals.db.jooq.Tables.OCCURRENCE;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.ParticipationQueries;
import dev.rituals.db.jooq.tables.Answer;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Participation aggregates in SQL: GROUP BY over the answers of the range's occurrences, so only
 * one row per (author, occurrence) or per author leaves the database.
 */
public final class JooqParticipationQueries implements ParticipationQueries {
  private final DSLContext dsl;

  public JooqParticipationQueries(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public List<OccurrenceTurnout> turnout(CommunityId community, Instant from, Instant to) {
    Table<Record4<UUID, String, String, String>> authors =
        dsl.selectDistinct(
                ANSWER.OCCURRENCE_ID, ANSWER.PLATFORM, ANSWER.TENANT_ID, ANSWER.AUTHOR_ID)
            .from(ANSWER)
            .join(OCCURRENCE)
            .on(OCCURRENCE.ID.eq(ANSWER.OCCURRENCE_ID))
            .where(inRange(community, from, to))
            .and(ANSWER.RETRACTED.isFalse())
            .asTable("authors");
    Field<UUID> occurrenceId = authors.field(ANSWER.OCCURRENCE_ID);
    Field<Integer> respondents = DSL.count().as("respondents");
    Table<?> counts =
        dsl.select(occurrenceId, respondents).from(authors).groupBy(occurrenceId).asTable("counts");
    Field<Integer> n = counts.field(respondents);
    return dsl.select(
            OCCURRENCE.ID, OCCURRENCE.RITUAL_ID, OCCURRENCE.OPENS_AT, OCCURRENCE.CLOSES_AT, n)
        .from(OCCURRENCE)
        .leftJoin(counts)
        .on(counts.field(occurrenceId).eq(OCCURRENCE.ID))
        .where(OCCURRENCE.COMMUNITY_ID.eq(community.value()))
        .and(OCCURRENCE.OPENS_AT.ge(from))
        .and(OCCURRENCE.OPENS_AT.lt(to))
        .orderBy(OCCURRENCE.OPENS_AT, OCCURRENCE.ID)
        .fetch(
            r ->
                new OccurrenceTurnout(
                    new OccurrenceId(r.get(OCCURRENCE.ID)),
                    new RitualId(r.get(OCCURRENCE.RITUAL_ID)),
                    r.get(OCCURRENCE.OPENS_AT),
                    r.get(OCCURRENCE.CLOSES_AT),
                    r.get(n) == null ? 0 : r.get(n)));
  }

  @Override
  public List<Attendance> attendance(CommunityId community, Instant from, Instant to) {
    Field<Integer> answers = DSL.count().as("answers");
    Field<Instant> last = DSL.max(ANSWER.ANSWERED_AT).as("last_answered_at");
    return dsl.select(
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
        .fetch(
            r ->
                new Attendance(
                    Columns.user(
                        r.get(ANSWER.PLATFORM), r.get(ANSWER.TENANT_ID), r.get(ANSWER.AUTHOR_ID)),
                    new OccurrenceId(r.get(ANSWER.OCCURRENCE_ID)),
                    r.get(answers),
                    r.get(last)));
  }

  @Override
  public List<PeerReplies> repliesToPeers(CommunityId community, Instant from, Instant to) {
    Field<Integer> replies = DSL.count().as("replies");
    Field<Instant> last = DSL.max(ANSWER_REPLY.REPLIED_AT).as("last_replied_at");
    return dsl.select(
            ANSWER_REPLY.PLATFORM, ANSWER_REPLY.TENANT_ID, ANSWER_REPLY.AUTHOR_ID, replies, last)
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
        .fetch(
            r ->
                new PeerReplies(
                    Columns.user(
                        r.get(ANSWER_REPLY.PLATFORM),
                        r.get(ANSWER_REPLY.TENANT_ID),
                        r.get(ANSWER_REPLY.AUTHOR_ID)),
                    r.get(replies),
                    r.get(last)));
  }

  @Override
  public Set<UserRef> newVoices(CommunityId community, Instant from, Instant to) {
    Table<Record4<UUID, String, String, String>> authors =
        dsl.selectDistinct(ANSWER.COMMUNITY_ID, ANSWER.PLATFORM, ANSWER.TENANT_ID, ANSWER.AUTHOR_ID)
            .from(ANSWER)
            .join(OCCURRENCE)
            .on(OCCURRENCE.ID.eq(ANSWER.OCCURRENCE_ID))
            .where(inRange(community, from, to))
            .and(ANSWER.RETRACTED.isFalse())
            .asTable("authors");
    Answer earlier = ANSWER.as("earlier");
    Field<String> platform = authors.field(ANSWER.PLATFORM);
    Field<String> tenant = authors.field(ANSWER.TENANT_ID);
    Field<String> author = authors.field(ANSWER.AUTHOR_ID);
    Set<UserRef> voices = new HashSet<>();
    dsl.select(platform, tenant, author)
        .from(authors)
        .whereNotExists(
            DSL.selectOne()
                .from(earlier)
                .where(earlier.COMMUNITY_ID.eq(community.value()))
                .and(earlier.PLATFORM.eq(platform))
                .and(earlier.TENANT_ID.eq(tenant))
                .and(earlier.AUTHOR_ID.eq(author))
                .and(earlier.ANSWERED_AT.lt(from))
                .and(earlier.RETRACTED.isFalse()))
        .forEach(r -> voices.add(Columns.user(r.get(platform), r.get(tenant), r.get(author))));
    return voices;
  }

  private static Condition inRange(CommunityId community, Instant from, Instant to) {
    return OCCURRENCE
        .COMMUNITY_ID
        .eq(community.value())
        .and(OCCURRENCE.OPENS_AT.ge(from))
        .and(OCCURRENCE.OPENS_AT.lt(to));
  }
}
