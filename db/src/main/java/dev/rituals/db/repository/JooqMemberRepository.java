package dev.rituals.db.repository;

import static dev.rituals.db.jooq.Tables.MEMBER;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Member;
import dev.rituals.core.model.MemberRole;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.MemberRepository;
import dev.rituals.db.jooq.tables.records.MemberRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Members keyed by (community, platform, tenant, user). */
public final class JooqMemberRepository implements MemberRepository {

  private final DSLContext dsl;

  public JooqMemberRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void save(Member member) {
    MemberRecord row = new MemberRecord();
    row.setCommunityId(member.communityId().value());
    row.setPlatform(member.user().platform().name());
    row.setTenantId(member.user().tenant().tenantId());
    row.setUserId(member.user().userId());
    row.setDisplayName(member.displayName());
    row.setRole(member.role().name());
    row.setJoinedAt(member.joinedAt());
    row.setNudgesEnabled(member.nudgesEnabled());
    dsl.insertInto(MEMBER)
        .set(row)
        .onConflict(MEMBER.COMMUNITY_ID, MEMBER.PLATFORM, MEMBER.TENANT_ID, MEMBER.USER_ID)
        .doUpdate()
        .set(row)
        .execute();
  }

  @Override
  public Optional<Member> find(CommunityId community, UserRef user) {
    return dsl.selectFrom(MEMBER)
        .where(MEMBER.COMMUNITY_ID.eq(community.value()))
        .and(is(user))
        .fetchOptional()
        .map(JooqMemberRepository::toMember);
  }

  @Override
  public List<Member> findByCommunity(CommunityId community) {
    return dsl.selectFrom(MEMBER)
        .where(MEMBER.COMMUNITY_ID.eq(community.value()))
        .orderBy(MEMBER.JOINED_AT, MEMBER.PLATFORM, MEMBER.TENANT_ID, MEMBER.USER_ID)
        .fetch(JooqMemberRepository::toMember);
  }

  @Override
  public List<Member> findByUser(UserRef user) {
    return dsl.selectFrom(MEMBER)
        .where(is(user))
        .orderBy(MEMBER.JOINED_AT, MEMBER.COMMUNITY_ID)
        .fetch(JooqMemberRepository::toMember);
  }

  @Override
  public boolean remove(CommunityId community, UserRef user) {
    return dsl.deleteFrom(MEMBER)
            .where(MEMBER.COMMUNITY_ID.eq(community.value()))
            .and(is(user))
            .execute()
        > 0;
  }

  private static Condition is(UserRef user) {
    return Columns.isTenant(MEMBER.PLATFORM, MEMBER.TENANT_ID, user.tenant())
        .and(MEMBER.USER_ID.eq(user.userId()));
  }

  private static Member toMember(MemberRecord row) {
    return new Member(
        new CommunityId(row.getCommunityId()),
        Columns.user(row.getPlatform(), row.getTenantId(), row.getUserId()),
        row.getDisplayName(),
        MemberRole.valueOf(row.getRole()),
        row.getJoinedAt(),
        row.getNudgesEnabled());
  }
}
