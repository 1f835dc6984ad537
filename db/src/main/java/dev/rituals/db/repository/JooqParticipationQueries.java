package dev.rituals.db.repository;

import static dev.rituals.db.jooq.Tables.ANSWER;
import static dev.rituals.db.jooq.Tables.ATTENDANCE_PACKED;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Participation read from the roll-ups kept by {@link AttendanceRollup}: each person's attendance
 * packed per year ({@code attendance_packed}, V63, see {@link AttendancePacking}) and when they
 * first answered ({@code first_answer}, V62). A report of a community's whole history reads one row
 * per person and year instead of one per person and occurrence. Only the link search still reads
 * the answers themselves.
 */
public final class JooqParticipationQueries implements ParticipationQueries {
  private final DSLContext dsl;

  public JooqParticipationQueries(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public RangeParticipation participation(CommunityId community, Instant from, Instant to) {
    List<Slot> slots = new ArrayList<>();
    List<long[]> seqs = new ArrayList<>();
    dsl.select(
            OCCURRENCE.ID,
            OCCURRENCE.RITUAL_ID,
            OCCURRENCE.OPENS_AT,
            OCCURRENCE.CLOSES_AT,
            OCCURRENCE.SEQ)
        .from(OCCURRENCE)
        .where(OCCURRENCE.COMMUNITY_ID.eq(community.value()))
        .and(OCCURRENCE.OPENS_AT.ge(from))
        .and(OCCURRENCE.OPENS_AT.lt(to))
        .orderBy(OCCURRENCE.OPENS_AT, OCCURRENCE.ID)
        .forEach(
            r -> {
              seqs.add(new long[] {r.value5(), slots.size()});
              slots.add(
                  new Slot(
                      new OccurrenceId(r.value1()),
                      new RitualId(r.value2()),
                      r.value3(),
                      r.value4()));
            });
    if (slots.isEmpty()) {
      return new RangeParticipation(List.of(), List.of());
    }
    // The range's seqs in ascending order, with the slot of each.
    seqs.sort((x, y) -> Long.compare(x[0], y[0]));
    long[] seqOrder = new long[seqs.size()];
    int[] slotOf = new int[seqs.size()];
    for (int i = 0; i < seqOrder.length; i++) {
      seqOrder[i] = seqs.get(i)[0];
      slotOf[i] = (int) seqs.get(i)[1];
    }
    Map<String, PersonPart> people = new LinkedHashMap<>();
    try (ResultSet rs =
        dsl.select(
                ATTENDANCE_PACKED.PLATFORM,
                ATTENDANCE_PACKED.TENANT_ID,
                ATTENDANCE_PACKED.AUTHOR_ID,
                ATTENDANCE_PACKED.ENTRIES)
            .from(ATTENDANCE_PACKED)
            .where(ATTENDANCE_PACKED.COMMUNITY_ID.eq(community.value()))
            .and(
                ATTENDANCE_PACKED.BUCKET.between(
                    AttendancePacking.bucketOf(slots.get(0).opensAt()),
                    AttendancePacking.bucketOf(slots.get(slots.size() - 1).opensAt())))
            .fetchResultSet()) {
      while (rs.next()) {
        String platform = rs.getString(1);
        String tenant = rs.getString(2);
        String author = rs.getString(3);
        PersonPart part =
            people.computeIfAbsent(
                platform + '\u0000' + tenant + '\u0000' + author,
                k -> new PersonPart(Columns.user(platform, tenant, author)));
        AttendancePacking.unpack(rs.getBytes(4), new SlotMatcher(part, seqOrder, slotOf));
      }
    } catch (SQLException e) {
      throw new DataAccessException("reading packed attendance: " + e.getMessage(), e);
    }
    List<PersonPart> parts = new ArrayList<>(people.size());
    for (PersonPart part : people.values()) {
      if (part.size() > 0) {
        parts.add(part);
      }
    }
    return new RangeParticipation(slots, parts);
  }

  /**
   * Adds a packed row's entries that belong to the range to a person's part. Entries come by
   * ascending seq, so they are matched against the range's seqs (sorted) with one cursor instead of
   * a search per entry.
   */
  private static final class SlotMatcher implements AttendancePacking.EntrySink {
    private final PersonPart part;
    private final long[] seqs;
    private final int[] slotOf;
    private int cursor;

    SlotMatcher(PersonPart part, long[] seqs, int[] slotOf) {
      this.part = part;
      this.seqs = seqs;
      this.slotOf = slotOf;
    }

    @Override
    public void count(int entries) {
      part.ensureCapacity(Math.min(entries, seqs.length));
    }

    @Override
    public void entry(long seq, int answers, long lastAnswered, int replies, long lastReplied) {
      while (cursor < seqs.length && seqs[cursor] < seq) {
        cursor++;
      }
      if (cursor < seqs.length && seqs[cursor] == seq) {
        part.add(slotOf[cursor], answers, lastAnswered, replies, lastReplied);
      }
    }
  }

  @Override
  public Set<UserRef> firstAnsweredSince(CommunityId community, Instant since) {
    Set<UserRef> people = new HashSet<>();
    dsl.select(FIRST_ANSWER.PLATFORM, FIRST_ANSWER.TENANT_ID, FIRST_ANSWER.AUTHOR_ID)
        .from(FIRST_ANSWER)
        .where(FIRST_ANSWER.COMMUNITY_ID.eq(community.value()))
        .and(FIRST_ANSWER.FIRST_ANSWERED_AT.ge(since))
        .forEach(r -> people.add(Columns.user(r.value1(), r.value2(), r.value3())));
    return people;
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

  private static Condition occurrencesInRange(CommunityId community, Instant from, Instant to) {
    return OCCURRENCE
        .COMMUNITY_ID
        .eq(community.value())
        .and(OCCURRENCE.OPENS_AT.ge(from))
        .and(OCCURRENCE.OPENS_AT.lt(to));
  }
}
