package dev.rituals.db.repository;

import static dev.rituals.db.jooq.Tables.COMMUNITY;
import static dev.rituals.db.jooq.Tables.COMMUNITY_CHANNEL;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.SchoolCalendar;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.port.CommunityRepository;
import dev.rituals.core.port.Transactions;
import dev.rituals.db.jooq.tables.records.CommunityRecord;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Communities and their channel bindings. The channel table's primary key (platform, tenant,
 * channel) is what keeps a channel in one community, even when two nodes bind it at once.
 */
public final class JooqCommunityRepository implements CommunityRepository {

  /** A stable order, so concurrent saves lock channel rows in the same order. */
  private static final Comparator<ChannelRef> CHANNEL_ORDER =
      Comparator.comparing((ChannelRef c) -> c.platform().name())
          .thenComparing(c -> c.tenant().tenantId())
          .thenComparing(ChannelRef::channelId);

  private final DSLContext dsl;
  private final Transactions transactions;

  public JooqCommunityRepository(DSLContext dsl, Transactions transactions) {
    this.dsl = dsl;
    this.transactions = transactions;
  }

  @Override
  public void save(Community community) {
    transactions.inTransaction(
        () -> {
          // Checked before writing anything, so a caller that catches the exception inside a
          // larger transaction has nothing half-saved to commit.
          Optional<ChannelRef> taken = firstBoundElsewhere(community);
          if (taken.isPresent()) {
            throw new ChannelTakenException(taken.get());
          }
          CommunityRecord row = new CommunityRecord();
          row.setId(community.id().value());
          row.setOwnerPlatform(community.owner().platform().name());
          row.setOwnerTenantId(community.owner().tenantId());
          row.setName(community.name());
          row.setDomain(community.domain());
          row.setZone(community.zone().getId());
          row.setCreatedAt(community.createdAt());
          row.setSchoolDays(JooqRitualRepository.days(community.calendar().schoolDays()));
          row.setSkips(Json.dateRanges(community.calendar().skips()));
          dsl.insertInto(COMMUNITY).set(row).onConflict(COMMUNITY.ID).doUpdate().set(row).execute();
          // Replace the bindings: drop ours, then claim each channel. A channel still bound after
          // dropping ours was bound by a concurrent save; the exception rolls this one back.
          dsl.deleteFrom(COMMUNITY_CHANNEL)
              .where(COMMUNITY_CHANNEL.COMMUNITY_ID.eq(community.id().value()))
              .execute();
          for (ChannelRef channel : community.channels().stream().sorted(CHANNEL_ORDER).toList()) {
            int claimed =
                Inserts.ignoringDuplicate(
                    dsl,
                    () ->
                        dsl.insertInto(COMMUNITY_CHANNEL)
                            .set(COMMUNITY_CHANNEL.PLATFORM, channel.platform().name())
                            .set(COMMUNITY_CHANNEL.TENANT_ID, channel.tenant().tenantId())
                            .set(COMMUNITY_CHANNEL.CHANNEL_ID, channel.channelId())
                            .set(COMMUNITY_CHANNEL.COMMUNITY_ID, community.id().value())
                            .onConflictDoNothing()
                            .execute(),
                    () -> dsl.fetchExists(COMMUNITY_CHANNEL, isChannel(channel)));
            if (claimed == 0) {
              throw new ChannelTakenException(channel);
            }
          }
        });
  }

  private Optional<ChannelRef> firstBoundElsewhere(Community community) {
    if (community.channels().isEmpty()) {
      return Optional.empty();
    }
    Condition anyOfItsChannels =
        DSL.or(community.channels().stream().map(JooqCommunityRepository::isChannel).toList());
    return dsl
        .selectFrom(COMMUNITY_CHANNEL)
        .where(anyOfItsChannels)
        .and(COMMUNITY_CHANNEL.COMMUNITY_ID.ne(community.id().value()))
        .fetch()
        .stream()
        .map(r -> Columns.channel(r.getPlatform(), r.getTenantId(), r.getChannelId()))
        .min(CHANNEL_ORDER);
  }

  @Override
  public Optional<Community> findById(CommunityId id) {
    return load(COMMUNITY.ID.eq(id.value())).stream().findFirst();
  }

  @Override
  public Optional<Community> findByChannel(ChannelRef channel) {
    return load(
            COMMUNITY.ID.in(
                dsl.select(COMMUNITY_CHANNEL.COMMUNITY_ID)
                    .from(COMMUNITY_CHANNEL)
                    .where(isChannel(channel))))
        .stream()
        .findFirst();
  }

  @Override
  public List<Community> findByTenant(TenantRef tenant) {
    return load(
        Columns.isTenant(COMMUNITY.OWNER_PLATFORM, COMMUNITY.OWNER_TENANT_ID, tenant)
            .or(
                COMMUNITY.ID.in(
                    dsl.select(COMMUNITY_CHANNEL.COMMUNITY_ID)
                        .from(COMMUNITY_CHANNEL)
                        .where(boundTo(tenant)))));
  }

  @Override
  public long count() {
    return dsl.fetchCount(COMMUNITY);
  }

  private static Condition isChannel(ChannelRef channel) {
    return boundTo(channel.tenant()).and(COMMUNITY_CHANNEL.CHANNEL_ID.eq(channel.channelId()));
  }

  private static Condition boundTo(TenantRef tenant) {
    return Columns.isTenant(COMMUNITY_CHANNEL.PLATFORM, COMMUNITY_CHANNEL.TENANT_ID, tenant);
  }

  /** Communities with their channels in one statement, so a concurrent save is never half seen. */
  private List<Community> load(Condition where) {
    Map<UUID, CommunityRecord> rows = new LinkedHashMap<>();
    Map<UUID, Set<ChannelRef>> channels = new LinkedHashMap<>();
    for (Record r :
        dsl.select(COMMUNITY.fields())
            .select(
                COMMUNITY_CHANNEL.PLATFORM,
                COMMUNITY_CHANNEL.TENANT_ID,
                COMMUNITY_CHANNEL.CHANNEL_ID)
            .from(COMMUNITY)
            .leftJoin(COMMUNITY_CHANNEL)
            .on(COMMUNITY_CHANNEL.COMMUNITY_ID.eq(COMMUNITY.ID))
            .where(where)
            .orderBy(COMMUNITY.CREATED_AT, COMMUNITY.ID)
            .fetch()) {
      UUID id = r.get(COMMUNITY.ID);
      rows.computeIfAbsent(id, k -> r.into(COMMUNITY));
      Set<ChannelRef> bound = channels.computeIfAbsent(id, k -> new LinkedHashSet<>());
      if (r.get(COMMUNITY_CHANNEL.CHANNEL_ID) != null) {
        bound.add(
            Columns.channel(
                r.get(COMMUNITY_CHANNEL.PLATFORM),
                r.get(COMMUNITY_CHANNEL.TENANT_ID),
                r.get(COMMUNITY_CHANNEL.CHANNEL_ID)));
      }
    }
    List<Community> communities = new ArrayList<>();
    rows.forEach(
        (id, row) ->
            communities.add(
                new Community(
                    new CommunityId(id),
                    Columns.tenant(row.getOwnerPlatform(), row.getOwnerTenantId()),
                    row.getName(),
                    row.getDomain(),
                    ZoneId.of(row.getZone()),
                    channels.get(id),
                    row.getCreatedAt(),
                    new SchoolCalendar(
                        JooqRitualRepository.readDays(row.getSchoolDays()),
                        Json.readDateRanges(row.getSkips())))));
    return communities;
  }
}
