package dev.rituals.db.repository;

import static dev.rituals.db.jooq.Tables.ANSWER;
import static dev.rituals.db.jooq.Tables.ANSWER_REPLY;
import static dev.rituals.db.jooq.Tables.COMMUNITY_LINK_CODE;
import static dev.rituals.db.jooq.Tables.HOSTING;
import static dev.rituals.db.jooq.Tables.OUTBOX;
import static dev.rituals.db.jooq.Tables.PAIRING_GROUP_MEMBER;
import static dev.rituals.db.jooq.Tables.PROFILE;
import static dev.rituals.db.jooq.Tables.TEAMS_CONVERSATION_REF;
import static dev.rituals.db.jooq.Tables.TEAMS_PERSONAL_REF;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.MemberDataEraser;
import dev.rituals.core.recognition.BadgeService;
import dev.rituals.core.recognition.ForgetService;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record3;

/**
 * Erases a person from the tables core's other ports do not cover; pairing seats are anonymised.
 * Answer replies cascade with their answers (foreign key). Slack installation rows are left alone:
 * they belong to the workspace, not to the person who clicked install.
 */
public final class JooqMemberDataEraser implements MemberDataEraser {
  private final DSLContext dsl;
  private final AttendanceRollup rollup;

  public JooqMemberDataEraser(DSLContext dsl) {
    this.dsl = dsl;
    this.rollup = new AttendanceRollup(dsl);
  }

  /**
   * Their replies go with their answers (foreign key), so whoever replied to them is recounted too.
   */
  @Override
  public int deleteAnswers(CommunityId community, UserRef author) {
    return dsl.transactionResult(
        () -> {
          List<UserRef> repliers =
              dsl.selectDistinct(
                      ANSWER_REPLY.PLATFORM, ANSWER_REPLY.TENANT_ID, ANSWER_REPLY.AUTHOR_ID)
                  .from(ANSWER_REPLY)
                  .join(ANSWER)
                  .on(ANSWER.ID.eq(ANSWER_REPLY.ANSWER_ID))
                  .where(answersOf(community, author))
                  .fetch(r -> Columns.user(r.value1(), r.value2(), r.value3()));
          int deleted = dsl.deleteFrom(ANSWER).where(answersOf(community, author)).execute();
          rollup.refreshPerson(community.value(), author);
          repliers.forEach(r -> rollup.refreshPerson(community.value(), r));
          return deleted;
        });
  }

  /**
   * Only the two people's rows change: whether a reply is "to a peer" depends on the replier being
   * the answer's author, which changes for the person and the anonymous id alone.
   */
  @Override
  public int anonymiseAnswers(CommunityId community, UserRef author, UserRef anonymous) {
    return dsl.transactionResult(
        () -> {
          int changed =
              dsl.update(ANSWER)
                  .set(ANSWER.AUTHOR_ID, anonymous.userId())
                  .where(answersOf(community, author))
                  .execute();
          rollup.refreshPerson(community.value(), author);
          rollup.refreshPerson(community.value(), anonymous);
          return changed;
        });
  }

  @Override
  public void erasePerson(UserRef person) {
    String platform = person.platform().name();
    String tenant = person.tenant().tenantId();
    dsl.deleteFrom(PROFILE)
        .where(Columns.isTenant(PROFILE.PLATFORM, PROFILE.TENANT_ID, person.tenant()))
        .and(PROFILE.USER_ID.eq(person.userId()))
        .execute();
    dsl.deleteFrom(ANSWER_REPLY)
        .where(Columns.isTenant(ANSWER_REPLY.PLATFORM, ANSWER_REPLY.TENANT_ID, person.tenant()))
        .and(ANSWER_REPLY.AUTHOR_ID.eq(person.userId()))
        .execute();
    // Their replies counted in the roll-up, in every community of the tenant.
    rollup.refreshPerson(null, person);
    dsl.deleteFrom(COMMUNITY_LINK_CODE)
        .where(COMMUNITY_LINK_CODE.CREATED_BY_PLATFORM.eq(platform))
        .and(COMMUNITY_LINK_CODE.CREATED_BY_TENANT.eq(tenant))
        .and(COMMUNITY_LINK_CODE.CREATED_BY_USER.eq(person.userId()))
        .execute();
    deleteMessagesTo(person);
    // Certificates, credentials and data exports waiting for download.
    new JooqDownloadFiles(dsl).deleteOwnedBy(person);
    // Rotating-host invitations name the host; the occurrence keeps its question without them.
    dsl.deleteFrom(HOSTING)
        .where(HOSTING.HOST_PLATFORM.eq(platform))
        .and(HOSTING.HOST_TENANT.eq(tenant))
        .and(HOSTING.HOST_USER.eq(person.userId()))
        .execute();
    // A pairing group keeps its other members' history (who was paired with whom), so the
    // person's seat stays but no longer says who sat in it.
    dsl.update(PAIRING_GROUP_MEMBER)
        .set(
            PAIRING_GROUP_MEMBER.USER_ID,
            ForgetService.FORMER_MEMBER_PREFIX + java.util.UUID.randomUUID())
        .set(PAIRING_GROUP_MEMBER.DISPLAY_NAME, "a former member")
        .where(
            Columns.isTenant(
                PAIRING_GROUP_MEMBER.PLATFORM, PAIRING_GROUP_MEMBER.TENANT_ID, person.tenant()))
        .and(PAIRING_GROUP_MEMBER.USER_ID.eq(person.userId()))
        .execute();
    if (person.platform() == Platform.TEAMS) {
      // The personal chat's reference carries the person's id; its conversation row too.
      dsl.deleteFrom(TEAMS_CONVERSATION_REF)
          .where(TEAMS_CONVERSATION_REF.TENANT_ID.eq(tenant))
          .and(
              TEAMS_CONVERSATION_REF.CONVERSATION_ID.in(
                  dsl.select(TEAMS_PERSONAL_REF.CONVERSATION_ID)
                      .from(TEAMS_PERSONAL_REF)
                      .where(TEAMS_PERSONAL_REF.TENANT_ID.eq(tenant))
                      .and(TEAMS_PERSONAL_REF.USER_ID.eq(person.userId()))))
          .execute();
      dsl.deleteFrom(TEAMS_PERSONAL_REF)
          .where(TEAMS_PERSONAL_REF.TENANT_ID.eq(tenant))
          .and(TEAMS_PERSONAL_REF.USER_ID.eq(person.userId()))
          .execute();
    }
  }

  /**
   * Direct and private messages to the person, and announcements about them (badges), sent or not:
   * their text is about the person.
   */
  private void deleteMessagesTo(UserRef person) {
    String about = BadgeService.aboutMember(person);
    // The id narrows the scan; the parsed row decides, so a mere mention does not match.
    for (Record3<UUID, String, String> row :
        dsl.select(OUTBOX.ID, OUTBOX.DESTINATION, OUTBOX.BODY_FIELDS)
            .from(OUTBOX)
            .where(
                OUTBOX
                    .DESTINATION
                    .contains(person.userId())
                    .or(OUTBOX.BODY_FIELDS.contains(person.userId())))
            .fetch()) {
      Destination d = DestinationJson.read(row.value2());
      boolean toPerson =
          d instanceof Destination.Direct direct && direct.user().equals(person)
              || d instanceof Destination.Private p && p.user().equals(person)
              || about.equals(Json.readStringMap(row.value3()).get(BadgeService.ABOUT_MEMBER));
      if (toPerson) {
        dsl.deleteFrom(OUTBOX).where(OUTBOX.ID.eq(row.value1())).execute();
      }
    }
  }

  @Override
  public int deleteAnswersBefore(CommunityId community, Instant cutoff) {
    return dsl.transactionResult(
        () -> {
          int deleted =
              dsl.deleteFrom(ANSWER)
                  .where(ANSWER.COMMUNITY_ID.eq(community.value()))
                  .and(ANSWER.ANSWERED_AT.lt(cutoff))
                  .execute();
          if (deleted > 0) {
            // A nightly job: recounting the whole community is simpler than tracking the rows.
            rollup.rebuild(community);
          }
          return deleted;
        });
  }

  private static Condition answersOf(CommunityId community, UserRef author) {
    return ANSWER
        .COMMUNITY_ID
        .eq(community.value())
        .and(Columns.isTenant(ANSWER.PLATFORM, ANSWER.TENANT_ID, author.tenant()))
        .and(ANSWER.AUTHOR_ID.eq(author.userId()));
  }
}
