package dev.rituals.db.repository;

import static dev.rituals.db.jooq.Tables.PAIRING_GROUP;
import static dev.rituals.db.jooq.Tables.PAIRING_GROUP_MEMBER;
import static dev.rituals.db.jooq.Tables.PAIRING_RITUAL;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.PairRecord;
import dev.rituals.core.model.PairResponse;
import dev.rituals.core.model.PairingRitual;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.PairingRepository;
import dev.rituals.db.jooq.tables.records.PairingGroupMemberRecord;
import dev.rituals.db.jooq.tables.records.PairingGroupRecord;
import dev.rituals.db.jooq.tables.records.PairingRitualRecord;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Pairing rituals and rounds: a group row per group, a member row per seat with the answer. */
public final class JooqPairingRepository implements PairingRepository {
  private final DSLContext dsl;

  public JooqPairingRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void saveRitual(PairingRitual r) {
    PairingRitualRecord row = new PairingRitualRecord();
    row.setCommunityId(r.communityId().value());
    row.setKind(r.kind());
    row.setEveryWeeks(r.everyWeeks());
    row.setGroupSize(r.groupSize());
    row.setDayOfWeek(r.day().getValue());
    row.setLocalTime(r.time());
    row.setFollowUpDays(r.followUpDays());
    row.setActive(r.active());
    dsl.insertInto(PAIRING_RITUAL)
        .set(row)
        .onConflict(PAIRING_RITUAL.COMMUNITY_ID, PAIRING_RITUAL.KIND)
        .doUpdate()
        .set(row)
        .execute();
  }

  @Override
  public Optional<PairingRitual> findRitual(CommunityId community, String kind) {
    return dsl.selectFrom(PAIRING_RITUAL)
        .where(PAIRING_RITUAL.COMMUNITY_ID.eq(community.value()))
        .and(PAIRING_RITUAL.KIND.eq(kind))
        .fetchOptional()
        .map(JooqPairingRepository::ritual);
  }

  @Override
  public List<PairingRitual> allRituals() {
    return dsl.selectFrom(PAIRING_RITUAL).fetch(JooqPairingRepository::ritual);
  }

  private static PairingRitual ritual(PairingRitualRecord r) {
    return new PairingRitual(
        new CommunityId(r.getCommunityId()),
        r.getKind(),
        r.getEveryWeeks(),
        r.getGroupSize(),
        DayOfWeek.of(r.getDayOfWeek()),
        r.getLocalTime(),
        r.getFollowUpDays(),
        r.getActive());
  }

  @Override
  public void saveRound(List<PairRecord> groups) {
    for (PairRecord g : groups) {
      dsl.insertInto(PAIRING_GROUP)
          .set(PAIRING_GROUP.ID, g.id())
          .set(PAIRING_GROUP.ROUND_ID, g.roundId())
          .set(PAIRING_GROUP.COMMUNITY_ID, g.communityId().value())
          .set(PAIRING_GROUP.KIND, g.kind())
          .set(PAIRING_GROUP.ROUND_DATE, g.roundDate())
          .set(PAIRING_GROUP.RAN_AT, g.ranAt())
          .set(PAIRING_GROUP.REASON, g.reason())
          .set(PAIRING_GROUP.SCORE, g.score())
          .execute();
      for (int seat = 0; seat < g.members().size(); seat++) {
        UserRef u = g.members().get(seat);
        dsl.insertInto(PAIRING_GROUP_MEMBER)
            .set(PAIRING_GROUP_MEMBER.GROUP_ID, g.id())
            .set(PAIRING_GROUP_MEMBER.SEAT, seat)
            .set(PAIRING_GROUP_MEMBER.PLATFORM, u.platform().name())
            .set(PAIRING_GROUP_MEMBER.TENANT_ID, u.tenant().tenantId())
            .set(PAIRING_GROUP_MEMBER.USER_ID, u.userId())
            .set(PAIRING_GROUP_MEMBER.DISPLAY_NAME, Columns.truncate(g.names().get(seat), 120))
            .set(
                PAIRING_GROUP_MEMBER.RESPONSE,
                Optional.ofNullable(g.responses().get(u)).map(Enum::name).orElse(null))
            .execute();
      }
    }
  }

  @Override
  public Optional<PairRecord> findPair(UUID pairId) {
    return groups(PAIRING_GROUP.ID.eq(pairId)).stream().findFirst();
  }

  @Override
  public List<PairRecord> history(CommunityId community) {
    return groups(PAIRING_GROUP.COMMUNITY_ID.eq(community.value()));
  }

  private List<PairRecord> groups(Condition which) {
    Map<UUID, PairingGroupRecord> groups = new LinkedHashMap<>();
    dsl.selectFrom(PAIRING_GROUP)
        .where(which)
        .orderBy(PAIRING_GROUP.RAN_AT, PAIRING_GROUP.ID)
        .forEach(g -> groups.put(g.getId(), g));
    if (groups.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<PairingGroupMemberRecord>> seats = new HashMap<>();
    dsl.selectFrom(PAIRING_GROUP_MEMBER)
        .where(PAIRING_GROUP_MEMBER.GROUP_ID.in(groups.keySet()))
        .orderBy(PAIRING_GROUP_MEMBER.GROUP_ID, PAIRING_GROUP_MEMBER.SEAT)
        .forEach(m -> seats.computeIfAbsent(m.getGroupId(), k -> new ArrayList<>()).add(m));
    List<PairRecord> found = new ArrayList<>();
    for (PairingGroupRecord g : groups.values()) {
      List<UserRef> members = new ArrayList<>();
      List<String> names = new ArrayList<>();
      Map<UserRef, PairResponse> responses = new HashMap<>();
      for (PairingGroupMemberRecord m : seats.getOrDefault(g.getId(), List.of())) {
        UserRef u = Columns.user(m.getPlatform(), m.getTenantId(), m.getUserId());
        members.add(u);
        names.add(m.getDisplayName());
        if (m.getResponse() != null) {
          responses.put(u, PairResponse.valueOf(m.getResponse()));
        }
      }
      found.add(
          new PairRecord(
              g.getId(),
              g.getRoundId(),
              new CommunityId(g.getCommunityId()),
              g.getKind(),
              g.getRoundDate(),
              g.getRanAt(),
              members,
              names,
              g.getReason(),
              g.getScore(),
              responses));
    }
    return found;
  }

  @Override
  public void respond(UUID pairId, UserRef member, PairResponse response) {
    dsl.update(PAIRING_GROUP_MEMBER)
        .set(PAIRING_GROUP_MEMBER.RESPONSE, response.name())
        .where(PAIRING_GROUP_MEMBER.GROUP_ID.eq(pairId))
        .and(PAIRING_GROUP_MEMBER.PLATFORM.eq(member.platform().name()))
        .and(PAIRING_GROUP_MEMBER.TENANT_ID.eq(member.tenant().tenantId()))
        .and(PAIRING_GROUP_MEMBER.USER_ID.eq(member.userId()))
        .execute();
  }
}
