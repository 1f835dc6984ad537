package dev.rituals.db.repository;

import static dev.rituals.db.jooq.Tables.RITUAL;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.RitualKind;
import dev.rituals.core.model.RitualPlan;
import dev.rituals.core.model.RitualSettings;
import dev.rituals.core.model.RitualState;
import dev.rituals.core.model.Schedule;
import dev.rituals.core.port.RitualRepository;
import dev.rituals.db.jooq.tables.records.RitualRecord;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Rituals with their schedule, plan and settings flattened into columns: days as {@code MON,FRI},
 * the window, interval and leads in seconds, skipped date ranges as JSON. {@code (community_id,
 * number)} is unique.
 */
public final class JooqRitualRepository implements RitualRepository {

  private final DSLContext dsl;

  public JooqRitualRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void save(Ritual ritual) {
    Schedule schedule = ritual.schedule();
    RitualRecord row = new RitualRecord();
    row.setId(ritual.id().value());
    row.setCommunityId(ritual.communityId().value());
    row.setNumber(ritual.number());
    row.setKind(ritual.kind().name());
    row.setDays(days(schedule.days()));
    row.setFireTime(schedule.time());
    row.setZone(schedule.zone().getId());
    row.setWindowSeconds(schedule.window().toSeconds());
    row.setSkips(Json.dateRanges(schedule.skips()));
    row.setFixedQuestion(ritual.fixedQuestion().orElse(null));
    row.setBankTag(ritual.bankTag().orElse(null));
    row.setState(ritual.state().name());
    row.setCreatedAt(ritual.createdAt());
    row.setPlanQuestions(ritual.plan().questions());
    row.setPlanEverySeconds(ritual.plan().every().toSeconds());
    row.setPlanDays(ritual.plan().days());
    row.setReminderLeadSeconds(
        ritual.settings().reminderLead().map(Duration::toSeconds).orElse(null));
    row.setHostRotationLeadSeconds(
        ritual.settings().hostRotation().map(Duration::toSeconds).orElse(null));
    row.setHostDeadlineSeconds(
        ritual.settings().hostDeadline().map(Duration::toSeconds).orElse(null));
    dsl.insertInto(RITUAL).set(row).onConflict(RITUAL.ID).doUpdate().set(row).execute();
  }

  @Override
  public Optional<Ritual> findById(RitualId id) {
    return dsl.selectFrom(RITUAL)
        .where(RITUAL.ID.eq(id.value()))
        .fetchOptional()
        .map(JooqRitualRepository::toRitual);
  }

  @Override
  public Optional<Ritual> findByNumber(CommunityId community, int number) {
    return dsl.selectFrom(RITUAL)
        .where(RITUAL.COMMUNITY_ID.eq(community.value()))
        .and(RITUAL.NUMBER.eq(number))
        .fetchOptional()
        .map(JooqRitualRepository::toRitual);
  }

  @Override
  public List<Ritual> findByCommunity(CommunityId community) {
    return dsl.selectFrom(RITUAL)
        .where(RITUAL.COMMUNITY_ID.eq(community.value()))
        .orderBy(RITUAL.NUMBER)
        .fetch(JooqRitualRepository::toRitual);
  }

  @Override
  public List<Ritual> findAllActive() {
    return dsl.selectFrom(RITUAL)
        .where(RITUAL.STATE.eq(RitualState.ACTIVE.name()))
        .orderBy(RITUAL.COMMUNITY_ID, RITUAL.NUMBER)
        .fetch(JooqRitualRepository::toRitual);
  }

  @Override
  public int nextNumber(CommunityId community) {
    return dsl.select(DSL.coalesce(DSL.max(RITUAL.NUMBER), 0).plus(1))
        .from(RITUAL)
        .where(RITUAL.COMMUNITY_ID.eq(community.value()))
        .fetchOne(0, int.class);
  }

  @Override
  public boolean delete(RitualId id) {
    return dsl.transactionResult(
        () -> {
          UUID community =
              dsl.select(RITUAL.COMMUNITY_ID)
                  .from(RITUAL)
                  .where(RITUAL.ID.eq(id.value()))
                  .fetchOne(RITUAL.COMMUNITY_ID);
          boolean deleted = dsl.deleteFrom(RITUAL).where(RITUAL.ID.eq(id.value())).execute() > 0;
          if (deleted) {
            // Its answers went by cascade: someone's first answer may have been among them.
            new AttendanceRollup(dsl).afterRitualDeleted(community);
          }
          return deleted;
        });
  }

  static String days(Set<DayOfWeek> days) {
    return EnumSet.copyOf(days).stream()
        .map(d -> d.name().substring(0, 3))
        .collect(Collectors.joining(","));
  }

  static Set<DayOfWeek> readDays(String text) {
    return Arrays.stream(text.split(","))
        .map(
            abbreviation ->
                Arrays.stream(DayOfWeek.values())
                    .filter(d -> d.name().startsWith(abbreviation))
                    .findFirst()
                    .orElseThrow(
                        () -> new IllegalStateException("unknown stored day " + abbreviation)))
        .collect(Collectors.toSet());
  }

  private static Ritual toRitual(RitualRecord row) {
    return new Ritual(
        new RitualId(row.getId()),
        new CommunityId(row.getCommunityId()),
        row.getNumber(),
        RitualKind.valueOf(row.getKind()),
        new Schedule(
            readDays(row.getDays()),
            row.getFireTime(),
            ZoneId.of(row.getZone()),
            Duration.ofSeconds(row.getWindowSeconds()),
            Json.readDateRanges(row.getSkips())),
        Optional.ofNullable(row.getFixedQuestion()),
        Optional.ofNullable(row.getBankTag()),
        RitualState.valueOf(row.getState()),
        row.getCreatedAt(),
        new RitualPlan(
            row.getPlanQuestions(),
            Duration.ofSeconds(row.getPlanEverySeconds()),
            row.getPlanDays()),
        new RitualSettings(
            Optional.ofNullable(row.getReminderLeadSeconds()).map(Duration::ofSeconds),
            Optional.ofNullable(row.getHostRotationLeadSeconds()).map(Duration::ofSeconds),
            Optional.ofNullable(row.getHostDeadlineSeconds()).map(Duration::ofSeconds)));
  }
}
