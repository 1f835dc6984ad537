package dev.rituals.db.repository;

import static dev.rituals.db.jooq.Tables.HOSTING;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Hosting;
import dev.rituals.core.model.HostingState;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.HostingRepository;
import dev.rituals.db.jooq.tables.records.HostingRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Rotating-host invitations; the (ritual, scheduled_for) key makes inviting idempotent. */
public final class JooqHostingRepository implements HostingRepository {
  private final DSLContext dsl;

  public JooqHostingRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public boolean insertIfAbsent(Hosting hosting) {
    HostingRecord row = new HostingRecord();
    row.setRitualId(hosting.ritualId().value());
    row.setScheduledFor(hosting.scheduledFor());
    row.setCommunityId(hosting.communityId().value());
    row.setHostPlatform(hosting.host().platform().name());
    row.setHostTenant(hosting.host().tenant().tenantId());
    row.setHostUser(hosting.host().userId());
    row.setState(hosting.state().name());
    row.setQuestion(hosting.question().orElse(null));
    row.setInvitedAt(hosting.invitedAt());
    return Inserts.ignoringDuplicate(
            dsl,
            () ->
                dsl.insertInto(HOSTING)
                    .set(row)
                    .onConflict(HOSTING.RITUAL_ID, HOSTING.SCHEDULED_FOR)
                    .doNothing()
                    .execute(),
            () -> find(hosting.ritualId(), hosting.scheduledFor()).isPresent())
        == 1;
  }

  @Override
  public void update(Hosting hosting) {
    dsl.update(HOSTING)
        .set(HOSTING.STATE, hosting.state().name())
        .set(HOSTING.QUESTION, hosting.question().orElse(null))
        .where(HOSTING.RITUAL_ID.eq(hosting.ritualId().value()))
        .and(HOSTING.SCHEDULED_FOR.eq(hosting.scheduledFor()))
        .execute();
  }

  @Override
  public Optional<Hosting> find(RitualId ritual, Instant scheduledFor) {
    return dsl.selectFrom(HOSTING)
        .where(HOSTING.RITUAL_ID.eq(ritual.value()))
        .and(HOSTING.SCHEDULED_FOR.eq(scheduledFor))
        .fetchOptional()
        .map(JooqHostingRepository::toHosting);
  }

  @Override
  public Optional<Hosting> latest(RitualId ritual) {
    return dsl.selectFrom(HOSTING)
        .where(HOSTING.RITUAL_ID.eq(ritual.value()))
        .orderBy(HOSTING.SCHEDULED_FOR.desc())
        .limit(1)
        .fetchOptional()
        .map(JooqHostingRepository::toHosting);
  }

  @Override
  public List<Hosting> findInvited(UserRef host) {
    return dsl.selectFrom(HOSTING)
        .where(HOSTING.HOST_PLATFORM.eq(host.platform().name()))
        .and(HOSTING.HOST_TENANT.eq(host.tenant().tenantId()))
        .and(HOSTING.HOST_USER.eq(host.userId()))
        .and(HOSTING.STATE.eq(HostingState.INVITED.name()))
        .orderBy(HOSTING.SCHEDULED_FOR)
        .fetch(JooqHostingRepository::toHosting);
  }

  @Override
  public List<Hosting> hostings(CommunityId community) {
    return dsl.selectFrom(HOSTING)
        .where(HOSTING.COMMUNITY_ID.eq(community.value()))
        .orderBy(HOSTING.SCHEDULED_FOR, HOSTING.RITUAL_ID)
        .fetch(JooqHostingRepository::toHosting);
  }

  private static Hosting toHosting(HostingRecord row) {
    return new Hosting(
        new RitualId(row.getRitualId()),
        new CommunityId(row.getCommunityId()),
        row.getScheduledFor(),
        UserRef.of(Platform.valueOf(row.getHostPlatform()), row.getHostTenant(), row.getHostUser()),
        HostingState.valueOf(row.getState()),
        Optional.ofNullable(row.getQuestion()),
        row.getInvitedAt());
  }
}
