package dev.rituals.db.repository;

import static dev.rituals.db.jooq.Tables.PROFILE;

import dev.rituals.core.model.PairingRole;
import dev.rituals.core.model.Profile;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.ProfileRepository;
import dev.rituals.db.jooq.tables.records.ProfileRecord;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/** One profile per person; its sets are JSON text (nothing queries inside them). */
public final class JooqProfileRepository implements ProfileRepository {

  private final DSLContext dsl;

  public JooqProfileRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void save(Profile profile) {
    ProfileRecord row = new ProfileRecord();
    row.setPlatform(profile.user().platform().name());
    row.setTenantId(profile.user().tenant().tenantId());
    row.setUserId(profile.user().userId());
    row.setRoles(roles(profile.roles()));
    row.setSubjects(Json.strings(profile.subjects()));
    row.setGradeBands(Json.strings(profile.gradeBands()));
    row.setSchool(profile.school());
    row.setYearsOfExperience(profile.yearsOfExperience());
    row.setMentoringCapacity(profile.mentoringCapacity());
    row.setZone(profile.zone().map(ZoneId::getId).orElse(null));
    row.setInterests(Json.strings(profile.interests()));
    row.setDoNotPairWith(Json.users(profile.doNotPairWith()));
    row.setSnoozedUntil(profile.snoozedUntil().orElse(null));
    row.setOptedIn(profile.optedIn());
    dsl.insertInto(PROFILE)
        .set(row)
        .onConflict(PROFILE.PLATFORM, PROFILE.TENANT_ID, PROFILE.USER_ID)
        .doUpdate()
        .set(row)
        .execute();
  }

  @Override
  public Optional<Profile> find(UserRef user) {
    return dsl.selectFrom(PROFILE)
        .where(Columns.isTenant(PROFILE.PLATFORM, PROFILE.TENANT_ID, user.tenant()))
        .and(PROFILE.USER_ID.eq(user.userId()))
        .fetchOptional()
        .map(
            row ->
                new Profile(
                    Columns.user(row.getPlatform(), row.getTenantId(), row.getUserId()),
                    readRoles(row.getRoles()),
                    Json.readStrings(row.getSubjects()),
                    Json.readStrings(row.getGradeBands()),
                    row.getSchool(),
                    row.getYearsOfExperience(),
                    row.getMentoringCapacity(),
                    Optional.ofNullable(row.getZone()).map(ZoneId::of),
                    Json.readStrings(row.getInterests()),
                    Json.readUsers(row.getDoNotPairWith()),
                    Optional.ofNullable(row.getSnoozedUntil()),
                    row.getOptedIn()));
  }

  private static String roles(Set<PairingRole> roles) {
    return roles.isEmpty()
        ? ""
        : EnumSet.copyOf(roles).stream().map(Enum::name).collect(Collectors.joining(","));
  }

  private static Set<PairingRole> readRoles(String text) {
    return text.isEmpty()
        ? Set.of()
        : Arrays.stream(text.split(",")).map(PairingRole::valueOf).collect(Collectors.toSet());
  }
}
