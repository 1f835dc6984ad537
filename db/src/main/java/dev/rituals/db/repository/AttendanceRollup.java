package dev.rituals.db.repository;

import static dev.rituals.db.jooq.Tables.ANSWER;
import static dev.rituals.db.jooq.Tables.ANSWER_REPLY;
import static dev.rituals.db.jooq.Tables.ATTENDANCE;
import static dev.rituals.db.jooq.Tables.FIRST_ANSWER;
import static dev.rituals.db.jooq.Tables.OCCURRENCE;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.UserRef;
import java.time.Instant;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Keeps the {@code attendance} and {@code first_answer} roll-ups (V62) equal to what the answers
 * say. Every write to {@code answer} or {@code answer_reply} calls {@link #refresh} for the rows it
 * may have changed, in its own transaction: the rows in scope are recounted from the answers, so
 * the roll-up is right by construction whatever the write did (insert, edit, retraction, deletion,
 * anonymisation). Recounting one (occurrence, person) reads that person's few answers and replies
 * through indexes.
 *
 * <p>Two transactions writing for the same person and occurrence serialise on the roll-up row:
 * {@link #claim} creates it if missing (waiting for a concurrent creator), the {@code FOR UPDATE}
 * waits for the other writer to commit, and only then does the recount start, in a new statement
 * that sees that writer's answers (read committed).
 *
 * <p>After the recount, the person's packed rows ({@code attendance_packed}, V63) of the years
 * whose attendance rows were touched are packed again ({@link AttendancePacking}); a whole
 * community (rebuild, deleted ritual) is packed again in one pass.
 */
public final class AttendanceRollup {
  private final DSLContext dsl;
  private final AttendancePacking packing;

  public AttendanceRollup(DSLContext dsl) {
    this.dsl = dsl;
    this.packing = new AttendancePacking(dsl);
  }

  /** Which roll-up rows a write may have changed; a null part matches everything. */
  record Scope(UUID community, UUID occurrence, UserRef person) {
    static Scope of(UUID occurrence, UserRef person) {
      return new Scope(null, occurrence, person);
    }

    static Scope personIn(UUID community, UserRef person) {
      return new Scope(community, null, person);
    }

    Condition on(
        Field<UUID> communityId,
        Field<UUID> occurrenceId,
        Field<String> platform,
        Field<String> tenant,
        Field<String> author) {
      Condition c = DSL.trueCondition();
      if (community != null) {
        c = c.and(communityId.eq(community));
      }
      if (occurrence != null) {
        c = c.and(occurrenceId.eq(occurrence));
      }
      if (person != null) {
        c =
            c.and(Columns.isTenant(platform, tenant, person.tenant()))
                .and(author.eq(person.userId()));
      }
      return c;
    }
  }

  /**
   * Recounts one person's row for one occurrence, patches its entry in their packed row and
   * recounts their first answer in its community.
   */
  void refreshOne(UUID occurrence, UserRef person) {
    claim(occurrence, person);
    refresh(Scope.of(occurrence, person));
    packing
        .occurrence(occurrence)
        .ifPresent(
            o -> {
              packing.repackEntry(occurrence, o, person);
              claimFirst(o.community(), person);
              refreshFirst(o.community(), person);
            });
  }

  /** Recounts a person's rows in a community (null: in every community) and their first answer. */
  void refreshPerson(UUID community, UserRef person) {
    refresh(Scope.personIn(community, person));
    refreshFirst(community, person);
  }

  /** Rebuilds a whole community's roll-up, e.g. after a retention purge or a bulk load. */
  public void rebuild(CommunityId community) {
    refresh(new Scope(community.value(), null, null));
    refreshFirst(community.value(), null);
  }

  /** Packs every community's attendance rows (the V64 migration, on a fresh attendance_packed). */
  public static void packEverything(DSLContext dsl) {
    new AttendancePacking(dsl).repackAll();
  }

  /**
   * After a ritual's occurrences went by cascade, with their answers and attendance rows: recounts
   * when everyone first answered, and packs the community's attendance again.
   */
  void afterRitualDeleted(UUID community) {
    refreshFirst(community, null);
    packing.repackCommunity(community);
  }

  /** A placeholder row to lock, so a concurrent writer for the same key waits for this one. */
  private void claim(UUID occurrence, UserRef person) {
    Inserts.ignoringDuplicate(
        dsl,
        () ->
            dsl.insertInto(
                    ATTENDANCE,
                    ATTENDANCE.COMMUNITY_ID,
                    ATTENDANCE.OCCURRENCE_ID,
                    ATTENDANCE.RITUAL_ID,
                    ATTENDANCE.OPENS_AT,
                    ATTENDANCE.PLATFORM,
                    ATTENDANCE.TENANT_ID,
                    ATTENDANCE.AUTHOR_ID,
                    ATTENDANCE.ANSWERS,
                    ATTENDANCE.PEER_REPLIES)
                .select(
                    dsl.select(
                            OCCURRENCE.COMMUNITY_ID,
                            OCCURRENCE.ID,
                            OCCURRENCE.RITUAL_ID,
                            OCCURRENCE.OPENS_AT,
                            DSL.val(person.platform().name()),
                            DSL.val(person.tenant().tenantId()),
                            DSL.val(person.userId()),
                            DSL.inline(0),
                            DSL.inline(0))
                        .from(OCCURRENCE)
                        .where(OCCURRENCE.ID.eq(occurrence)))
                .onConflictDoNothing()
                .execute(),
        () -> dsl.fetchExists(ATTENDANCE, keyOf(Scope.of(occurrence, person))));
  }

  private void claimFirst(UUID community, UserRef person) {
    Inserts.ignoringDuplicate(
        dsl,
        () ->
            dsl.insertInto(FIRST_ANSWER)
                .set(FIRST_ANSWER.COMMUNITY_ID, community)
                .set(FIRST_ANSWER.PLATFORM, person.platform().name())
                .set(FIRST_ANSWER.TENANT_ID, person.tenant().tenantId())
                .set(FIRST_ANSWER.AUTHOR_ID, person.userId())
                .set(FIRST_ANSWER.FIRST_ANSWERED_AT, Instant.EPOCH)
                .onConflictDoNothing()
                .execute(),
        () -> dsl.fetchExists(FIRST_ANSWER, firstOf(community, person)));
  }

  private void refresh(Scope scope) {
    Condition rows = keyOf(scope);
    if (scope.person() != null) {
      // Waits for a concurrent writer of these rows; the recount below then sees its answers.
      dsl.select(ATTENDANCE.OCCURRENCE_ID).from(ATTENDANCE).where(rows).forUpdate().fetch();
    }
    // The packed rows to redo: those of the rows before the recount and of the rows after it
    // (one person and occurrence: refreshOne patches that one entry itself).
    boolean oneEntry = scope.occurrence() != null && scope.person() != null;
    TreeSet<AttendancePacking.Key> packed =
        scope.person() == null || oneEntry ? null : packing.keysOf(rows);
    dsl.deleteFrom(ATTENDANCE).where(rows).execute();
    var a = ANSWER.as("a");
    var r = ANSWER_REPLY.as("r");
    Field<UUID> occurrenceId = a.OCCURRENCE_ID.as("occurrence_id");
    Field<Integer> answers = DSL.count().as("answers");
    Field<Instant> lastAnswered = DSL.max(a.ANSWERED_AT).as("last_answered_at");
    Field<Integer> replies = DSL.count().as("peer_replies");
    Field<Instant> lastReplied = DSL.max(r.REPLIED_AT).as("last_replied_at");
    Table<?> counts =
        dsl.select(
                occurrenceId,
                a.PLATFORM.as("platform"),
                a.TENANT_ID.as("tenant_id"),
                a.AUTHOR_ID.as("author_id"),
                answers,
                lastAnswered,
                DSL.inline(0).as(replies),
                DSL.castNull(r.REPLIED_AT.getDataType()).as(lastReplied))
            .from(a)
            .where(a.RETRACTED.isFalse())
            .and(scope.on(a.COMMUNITY_ID, a.OCCURRENCE_ID, a.PLATFORM, a.TENANT_ID, a.AUTHOR_ID))
            .groupBy(a.OCCURRENCE_ID, a.PLATFORM, a.TENANT_ID, a.AUTHOR_ID)
            .unionAll(
                dsl.select(
                        a.OCCURRENCE_ID,
                        r.PLATFORM,
                        r.TENANT_ID,
                        r.AUTHOR_ID,
                        DSL.inline(0),
                        DSL.castNull(a.ANSWERED_AT.getDataType()),
                        DSL.count(),
                        DSL.max(r.REPLIED_AT))
                    .from(r)
                    .join(a)
                    .on(a.ID.eq(r.ANSWER_ID))
                    .where(
                        scope.on(
                            a.COMMUNITY_ID, a.OCCURRENCE_ID, r.PLATFORM, r.TENANT_ID, r.AUTHOR_ID))
                    // Replies to one's own answers are not to peers.
                    .andNot(
                        r.PLATFORM
                            .eq(a.PLATFORM)
                            .and(r.TENANT_ID.eq(a.TENANT_ID))
                            .and(r.AUTHOR_ID.eq(a.AUTHOR_ID)))
                    .groupBy(a.OCCURRENCE_ID, r.PLATFORM, r.TENANT_ID, r.AUTHOR_ID))
            .asTable("counts");
    Field<String> platform = counts.field("platform", String.class);
    Field<String> tenant = counts.field("tenant_id", String.class);
    Field<String> author = counts.field("author_id", String.class);
    dsl.insertInto(
            ATTENDANCE,
            ATTENDANCE.COMMUNITY_ID,
            ATTENDANCE.OCCURRENCE_ID,
            ATTENDANCE.RITUAL_ID,
            ATTENDANCE.OPENS_AT,
            ATTENDANCE.PLATFORM,
            ATTENDANCE.TENANT_ID,
            ATTENDANCE.AUTHOR_ID,
            ATTENDANCE.ANSWERS,
            ATTENDANCE.LAST_ANSWERED_AT,
            ATTENDANCE.PEER_REPLIES,
            ATTENDANCE.LAST_REPLIED_AT)
        .select(
            dsl.select(
                    OCCURRENCE.COMMUNITY_ID,
                    OCCURRENCE.ID,
                    OCCURRENCE.RITUAL_ID,
                    OCCURRENCE.OPENS_AT,
                    platform,
                    tenant,
                    author,
                    DSL.sum(counts.field(answers)).cast(Integer.class),
                    DSL.max(counts.field(lastAnswered)),
                    DSL.sum(counts.field(replies)).cast(Integer.class),
                    DSL.max(counts.field(lastReplied)))
                .from(counts)
                .join(OCCURRENCE)
                .on(OCCURRENCE.ID.eq(counts.field(occurrenceId)))
                .groupBy(
                    OCCURRENCE.COMMUNITY_ID,
                    OCCURRENCE.ID,
                    OCCURRENCE.RITUAL_ID,
                    OCCURRENCE.OPENS_AT,
                    platform,
                    tenant,
                    author))
        .execute();
    if (oneEntry) {
      return;
    }
    if (packed == null) {
      packing.repackCommunity(Objects.requireNonNull(scope.community(), "community"));
    } else {
      packed.addAll(packing.keysOf(rows));
      packing.repack(packed);
    }
  }

  private void refreshFirst(UUID community, UserRef person) {
    Scope scope = new Scope(community, null, person);
    Condition rows =
        scope.on(
            FIRST_ANSWER.COMMUNITY_ID,
            null,
            FIRST_ANSWER.PLATFORM,
            FIRST_ANSWER.TENANT_ID,
            FIRST_ANSWER.AUTHOR_ID);
    if (person != null) {
      dsl.select(FIRST_ANSWER.COMMUNITY_ID).from(FIRST_ANSWER).where(rows).forUpdate().fetch();
    }
    dsl.deleteFrom(FIRST_ANSWER).where(rows).execute();
    dsl.insertInto(
            FIRST_ANSWER,
            FIRST_ANSWER.COMMUNITY_ID,
            FIRST_ANSWER.PLATFORM,
            FIRST_ANSWER.TENANT_ID,
            FIRST_ANSWER.AUTHOR_ID,
            FIRST_ANSWER.FIRST_ANSWERED_AT)
        .select(
            dsl.select(
                    ANSWER.COMMUNITY_ID,
                    ANSWER.PLATFORM,
                    ANSWER.TENANT_ID,
                    ANSWER.AUTHOR_ID,
                    DSL.min(ANSWER.ANSWERED_AT))
                .from(ANSWER)
                .where(ANSWER.RETRACTED.isFalse())
                .and(
                    scope.on(
                        ANSWER.COMMUNITY_ID,
                        null,
                        ANSWER.PLATFORM,
                        ANSWER.TENANT_ID,
                        ANSWER.AUTHOR_ID))
                .groupBy(ANSWER.COMMUNITY_ID, ANSWER.PLATFORM, ANSWER.TENANT_ID, ANSWER.AUTHOR_ID))
        .execute();
  }

  private static Condition keyOf(Scope scope) {
    return scope.on(
        ATTENDANCE.COMMUNITY_ID,
        ATTENDANCE.OCCURRENCE_ID,
        ATTENDANCE.PLATFORM,
        ATTENDANCE.TENANT_ID,
        ATTENDANCE.AUTHOR_ID);
  }

  private static Condition firstOf(UUID community, UserRef person) {
    return new Scope(community, null, person)
        .on(
            FIRST_ANSWER.COMMUNITY_ID,
            null,
            FIRST_ANSWER.PLATFORM,
            FIRST_ANSWER.TENANT_ID,
            FIRST_ANSWER.AUTHOR_ID);
  }
}
