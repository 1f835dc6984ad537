package dev.rituals.db.repository;

import static dev.rituals.db.jooq.Tables.ANSWER;
import static dev.rituals.db.jooq.Tables.HOSTED_OCCURRENCE;
import static dev.rituals.db.jooq.Tables.MENTORING_MEETING;

import dev.rituals.core.model.Answer;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.ActivityLog;
import dev.rituals.core.recognition.Hosting;
import dev.rituals.core.recognition.MentoringMeeting;
import java.util.List;
import org.jooq.DSLContext;

/** A member's answers, hostings and mentoring meetings: the evidence behind badges and PD hours. */
public final class JooqActivityLog implements ActivityLog {
  private final DSLContext dsl;

  public JooqActivityLog(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public List<Answer> answersBy(CommunityId community, UserRef author) {
    return dsl.selectFrom(ANSWER)
        .where(ANSWER.COMMUNITY_ID.eq(community.value()))
        .and(Columns.isTenant(ANSWER.PLATFORM, ANSWER.TENANT_ID, author.tenant()))
        .and(ANSWER.AUTHOR_ID.eq(author.userId()))
        .and(ANSWER.RETRACTED.isFalse())
        .orderBy(ANSWER.ANSWERED_AT, ANSWER.ID)
        .fetch(JooqAnswerRepository::toAnswer);
  }

  @Override
  public void recordHosting(Hosting h) {
    dsl.insertInto(HOSTED_OCCURRENCE)
        .set(HOSTED_OCCURRENCE.OCCURRENCE_ID, h.occurrenceId().value())
        .set(HOSTED_OCCURRENCE.COMMUNITY_ID, h.communityId().value())
        .set(HOSTED_OCCURRENCE.PLATFORM, h.host().platform().name())
        .set(HOSTED_OCCURRENCE.TENANT_ID, h.host().tenant().tenantId())
        .set(HOSTED_OCCURRENCE.USER_ID, h.host().userId())
        .set(HOSTED_OCCURRENCE.HOSTED_AT, h.at())
        .onConflictDoNothing()
        .execute();
  }

  @Override
  public List<Hosting> hostingsBy(CommunityId community, UserRef host) {
    return dsl.selectFrom(HOSTED_OCCURRENCE)
        .where(HOSTED_OCCURRENCE.COMMUNITY_ID.eq(community.value()))
        .and(
            Columns.isTenant(
                HOSTED_OCCURRENCE.PLATFORM, HOSTED_OCCURRENCE.TENANT_ID, host.tenant()))
        .and(HOSTED_OCCURRENCE.USER_ID.eq(host.userId()))
        .orderBy(HOSTED_OCCURRENCE.HOSTED_AT)
        .fetch(
            r ->
                new Hosting(
                    community,
                    new OccurrenceId(r.getOccurrenceId()),
                    Columns.user(r.getPlatform(), r.getTenantId(), r.getUserId()),
                    r.getHostedAt()));
  }

  @Override
  public void recordMeeting(MentoringMeeting m) {
    dsl.insertInto(MENTORING_MEETING)
        .set(MENTORING_MEETING.COMMUNITY_ID, m.communityId().value())
        .set(MENTORING_MEETING.MEETING_REF, m.meetingRef())
        .set(MENTORING_MEETING.PLATFORM, m.member().platform().name())
        .set(MENTORING_MEETING.TENANT_ID, m.member().tenant().tenantId())
        .set(MENTORING_MEETING.USER_ID, m.member().userId())
        .set(MENTORING_MEETING.MET_AT, m.metAt())
        .onConflictDoNothing()
        .execute();
  }

  @Override
  public List<MentoringMeeting> meetingsOf(CommunityId community, UserRef member) {
    return dsl.selectFrom(MENTORING_MEETING)
        .where(MENTORING_MEETING.COMMUNITY_ID.eq(community.value()))
        .and(
            Columns.isTenant(
                MENTORING_MEETING.PLATFORM, MENTORING_MEETING.TENANT_ID, member.tenant()))
        .and(MENTORING_MEETING.USER_ID.eq(member.userId()))
        .orderBy(MENTORING_MEETING.MET_AT, MENTORING_MEETING.MEETING_REF)
        .fetch(
            r ->
                new MentoringMeeting(
                    community,
                    r.getMeetingRef(),
                    Columns.user(r.getPlatform(), r.getTenantId(), r.getUserId()),
                    r.getMetAt()));
  }

  @Override
  public void deleteByMember(CommunityId community, UserRef member) {
    dsl.deleteFrom(HOSTED_OCCURRENCE)
        .where(HOSTED_OCCURRENCE.COMMUNITY_ID.eq(community.value()))
        .and(
            Columns.isTenant(
                HOSTED_OCCURRENCE.PLATFORM, HOSTED_OCCURRENCE.TENANT_ID, member.tenant()))
        .and(HOSTED_OCCURRENCE.USER_ID.eq(member.userId()))
        .execute();
    dsl.deleteFrom(MENTORING_MEETING)
        .where(MENTORING_MEETING.COMMUNITY_ID.eq(community.value()))
        .and(
            Columns.isTenant(
                MENTORING_MEETING.PLATFORM, MENTORING_MEETING.TENANT_ID, member.tenant()))
        .and(MENTORING_MEETING.USER_ID.eq(member.userId()))
        .execute();
  }
}
