package dev.rituals.db.repository;

import static dev.rituals.db.jooq.Tables.BADGE;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.BadgeRepository;
import dev.rituals.core.recognition.Badge;
import dev.rituals.core.recognition.BadgeKind;
import dev.rituals.db.jooq.tables.records.BadgeRecord;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Badges keyed by (community, person, kind): the key makes awarding idempotent. */
public final class JooqBadgeRepository implements BadgeRepository {
  private final DSLContext dsl;

  public JooqBadgeRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public boolean awardIfAbsent(Badge badge) {
    UserRef m = badge.member();
    return dsl.insertInto(BADGE)
            .set(BADGE.COMMUNITY_ID, badge.communityId().value())
            .set(BADGE.PLATFORM, m.platform().name())
            .set(BADGE.TENANT_ID, m.tenant().tenantId())
            .set(BADGE.USER_ID, m.userId())
            .set(BADGE.KIND, badge.kind().name())
            .set(BADGE.AWARDED_AT, badge.awardedAt())
            .set(BADGE.EVIDENCE, badge.evidence())
            .onConflictDoNothing()
            .execute()
        > 0;
  }

  @Override
  public List<Badge> findByMember(CommunityId community, UserRef member) {
    return dsl.selectFrom(BADGE)
        .where(of(community, member))
        .orderBy(BADGE.AWARDED_AT, BADGE.KIND)
        .fetch(JooqBadgeRepository::toBadge);
  }

  @Override
  public int deleteByMember(CommunityId community, UserRef member) {
    return dsl.deleteFrom(BADGE).where(of(community, member)).execute();
  }

  private static Condition of(CommunityId community, UserRef member) {
    return BADGE
        .COMMUNITY_ID
        .eq(community.value())
        .and(Columns.isTenant(BADGE.PLATFORM, BADGE.TENANT_ID, member.tenant()))
        .and(BADGE.USER_ID.eq(member.userId()));
  }

  private static Badge toBadge(BadgeRecord row) {
    return new Badge(
        new CommunityId(row.getCommunityId()),
        Columns.user(row.getPlatform(), row.getTenantId(), row.getUserId()),
        BadgeKind.valueOf(row.getKind()),
        row.getAwardedAt(),
        row.getEvidence());
  }
}
