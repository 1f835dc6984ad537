package dev.rituals.db.repository;

import static dev.rituals.db.jooq.Tables.COMMUNITY_LINK_CODE;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.LinkCode;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.LinkCodeRepository;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

/** Link codes; taking one deletes it, so a code binds one channel at most. */
public final class JooqLinkCodeRepository implements LinkCodeRepository {
  private final DSLContext dsl;

  public JooqLinkCodeRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void save(LinkCode code) {
    dsl.insertInto(COMMUNITY_LINK_CODE)
        .set(COMMUNITY_LINK_CODE.CODE, code.code())
        .set(COMMUNITY_LINK_CODE.COMMUNITY_ID, code.communityId().value())
        .set(COMMUNITY_LINK_CODE.CREATED_BY_PLATFORM, code.createdBy().platform().name())
        .set(COMMUNITY_LINK_CODE.CREATED_BY_TENANT, code.createdBy().tenant().tenantId())
        .set(COMMUNITY_LINK_CODE.CREATED_BY_USER, code.createdBy().userId())
        .set(COMMUNITY_LINK_CODE.EXPIRES_AT, code.expiresAt())
        .execute();
  }

  @Override
  public Optional<LinkCode> take(String code, Instant now) {
    // DELETE ... RETURNING: whoever deletes the row owns the code, even with concurrent takers.
    return dsl.deleteFrom(COMMUNITY_LINK_CODE)
        .where(COMMUNITY_LINK_CODE.CODE.eq(code))
        .returning()
        .fetchOptional()
        .filter(r -> r.getExpiresAt().isAfter(now))
        .map(
            r ->
                new LinkCode(
                    r.getCode(),
                    new CommunityId(r.getCommunityId()),
                    UserRef.of(
                        Platform.valueOf(r.getCreatedByPlatform()),
                        r.getCreatedByTenant(),
                        r.getCreatedByUser()),
                    r.getExpiresAt()));
  }
}
