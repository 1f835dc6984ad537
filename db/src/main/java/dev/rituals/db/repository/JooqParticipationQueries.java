package dev.rituals.db.repository;

import static dev.rituals.db.jooq.Tables.ANSWER;
import static dev.rituals.db.jooq.Tables.ATTENDANCE;
import static dev.rituals.db.jooq.Tables.FIRST_ANSWER;
import static dev.rituals.db.jooq.Tables.OCCURRENCE;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.ParticipationQueries;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Participation aggregates read from the {@code attendance} and {@code first_answer} roll-ups (V62,
 * kept by {@link AttendanceRollup}): one index range per report instead of a GROUP BY over the
 * answers of the range's occurrences. Only the link search still reads the answers themselves.
 */
public final class JooqParticipationQueries implements ParticipationQueries {
  private final DSLContext dsl;

  public JooqParticipationQueries(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public List<OccurrenceTurnout> turnout(CommunityId community, Instant from, Instant to) {
    Field<Integer> respondents = DSL.count().as("respondents");
    Table<?> counts =
        dsl.select(ATTENDANCE.OCCURRENCE_ID, respondents)
            .from(ATTENDANCE)
            .where(inRange(community, from, to))
            .and(ATTENDANCE.ANSWERS.gt(0))
            .groupBy(ATTENDANCE.OCCURRENCE_ID)
            .asTable("counts");
    Field<Integer> n = counts.field(respondents);
    return dsl.select(
            OCCURRENCE.ID, OCCURRENCE.RITUAL_ID, OCCURRENCE.OPENS_AT, OCCURRENCE.CLOSES_AT, n)
        .from(OCCURRENCE)
        .leftJoin(counts)
        .on(counts.field(ATTENDANCE.OCCURRENCE_ID).eq(OCCURRENCE.ID))
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
    // A year of a big community is ~170,000 rows: they are read straight off the JDBC result set
    // (a jOOQ record per row cost as much as the query), and the few thousand people and
    // occurrences share their reference objects instead of building one per row.
    Map<String, UserRef> users = new HashMap<>();
    Map<UUID, OccurrenceId> occurrences = new HashMap<>();
    List<Attendance> rows = new ArrayList<>();
    try (ResultSet rs =
        dsl.select(
                ATTENDANCE.PLATFORM,
                ATTENDANCE.TENANT_ID,
                ATTENDANCE.AUTHOR_ID,
                ATTENDANCE.OCCURRENCE_ID,
                ATTENDANCE.ANSWERS,
                ATTENDANCE.LAST_ANSWERED_AT)
            .from(ATTENDANCE)
            .where(inRange(community, from, to))
            .and(ATTENDANCE.ANSWERS.gt(0))
            .fetchResultSet()) {
      while (rs.next()) {
        String platform = rs.getString(1);
        String tenant = rs.getString(2);
        String author = rs.getString(3);
        rows.add(
            new Attendance(
                users.computeIfAbsent(
                    platform + '\u0000' + tenant + '\u0000' + author,
                    k -> Columns.user(platform, tenant, author)),
                occurrences.computeIfAbsent(rs.getObject(4, UUID.class), OccurrenceId::new),
                rs.getInt(5),
                rs.getObject(6, OffsetDateTime.class).toInstant()));
      }
    } catch (SQLException e) {
      throw new DataAccessException("reading attendance: " + e.getMessage(), e);
    }
    return rows;
  }

  @Override
  public List<PeerReplies> repliesToPeers(CommunityId community, Instant from, Instant to) {
    Field<Long> replies = DSL.sum(ATTENDANCE.PEER_REPLIES).cast(Long.class).as("replies");
    Field<Instant> last = DSL.max(ATTENDANCE.LAST_REPLIED_AT).as("last_replied_at");
    return dsl.select(
            ATTENDANCE.PLATFORM, ATTENDANCE.TENANT_ID, ATTENDANCE.AUTHOR_ID, replies, last)
        .from(ATTENDANCE)
        .where(inRange(community, from, to))
        .and(ATTENDANCE.PEER_REPLIES.gt(0))
        .groupBy(ATTENDANCE.PLATFORM, ATTENDANCE.TENANT_ID, ATTENDANCE.AUTHOR_ID)
        .fetch(
            r ->
                new PeerReplies(
                    Columns.user(r.value1(), r.value2(), r.value3()), r.value4(), r.value5()));
  }

  /** Those who answered in the range and whose first counted answer in the community is in it. */
  @Override
  public Set<UserRef> newVoices(CommunityId community, Instant from, Instant to) {
    Set<UserRef> voices = new HashSet<>();
    dsl.selectDistinct(ATTENDANCE.PLATFORM, ATTENDANCE.TENANT_ID, ATTENDANCE.AUTHOR_ID)
        .from(ATTENDANCE)
        .join(FIRST_ANSWER)
        .on(FIRST_ANSWER.COMMUNITY_ID.eq(ATTENDANCE.COMMUNITY_ID))
        .and(FIRST_ANSWER.PLATFORM.eq(ATTENDANCE.PLATFORM))
        .and(FIRST_ANSWER.TENANT_ID.eq(ATTENDANCE.TENANT_ID))
        .and(FIRST_ANSWER.AUTHOR_ID.eq(ATTENDANCE.AUTHOR_ID))
        .where(inRange(community, from, to))
        .and(ATTENDANCE.ANSWERS.gt(0))
        .and(FIRST_ANSWER.FIRST_ANSWERED_AT.ge(from))
        .forEach(r -> voices.add(Columns.user(r.value1(), r.value2(), r.value3())));
    return voices;
  }

  @Override
  public List<String> answerTextsWithLinks(
      CommunityId community, Instant from, Instant to, int limit) {
    return dsl.select(ANSWER.ANSWER_TEXT)
        .from(ANSWER)
        .join(OCCURRENCE)
        .on(OCCURRENCE.ID.eq(ANSWER.OCCURRENCE_ID))
        .where(occurrencesInRange(community, from, to))
        .and(ANSWER.RETRACTED.isFalse())
        .and(ANSWER.ANSWER_TEXT.contains("http"))
        .orderBy(ANSWER.ANSWERED_AT.desc())
        .limit(limit)
        .fetch(ANSWER.ANSWER_TEXT);
  }

  /** The roll-up rows of the occurrences that opened in [from, to). */
  private static Condition inRange(CommunityId community, Instant from, Instant to) {
    return ATTENDANCE
        .COMMUNITY_ID
        .eq(community.value())
        .and(ATTENDANCE.OPENS_AT.ge(from))
        .and(ATTENDANCE.OPENS_AT.lt(to));
  }

  private static Condition occurrencesInRange(CommunityId community, Instant from, Instant to) {
    return OCCURRENCE
        .COMMUNITY_ID
        .eq(community.value())
        .and(OCCURRENCE.OPENS_AT.ge(from))
        .and(OCCURRENCE.OPENS_AT.lt(to));
  }
}
