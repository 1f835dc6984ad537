package dev.rituals.db.quartz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.RitualKind;
import dev.rituals.core.model.RitualState;
import dev.rituals.core.model.Schedule;
import dev.rituals.core.schedule.QuartzRitualScheduler;
import dev.rituals.core.schedule.RitualJobFactory;
import dev.rituals.db.Database;
import dev.rituals.db.quartz.Recorder.Fire;
import dev.rituals.db.quartz.Recorder.Step;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.impl.matchers.GroupMatcher;

/**
 * The Quartz JDBC store on a real database migrated by Flyway (V2__quartz.sql); one subclass per
 * vendor.
 */
abstract class QuartzJdbcStoreContract {
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

  /** Unique per test: the rows of different tests never meet, and Quartz's registry is global. */
  protected final String schedulerName = "rituals-test-" + UUID.randomUUID();

  private final Recorder recorder = new Recorder();
  private final Clock clock = Clock.systemUTC();
  private final List<Scheduler> schedulers = new ArrayList<>();
  private final List<Database> databases = new ArrayList<>();

  /**
   * Opens this test's database, migrated, with a new pool: the same database on every call, as a
   * restarted node would find it.
   */
  protected abstract Database openDatabase();

  protected abstract QuartzOptions options();

  @AfterEach
  void stopEverything() throws Exception {
    for (Scheduler scheduler : schedulers) {
      if (!scheduler.isShutdown()) {
        scheduler.shutdown(true);
      }
    }
    databases.forEach(Database::close);
  }

  @Test
  void newSchedulerOnTheSameDatabaseKeepsTheJobAndItsNextFireTime() throws Exception {
    Ritual ritual = ritual(fridayMorningInNewYork());
    Database firstOpen = database();
    Scheduler first = scheduler(firstOpen);
    first.start();
    new QuartzRitualScheduler(first, clock).schedule(ritual);
    Map<TriggerKey, Date> stored = nextFireTimes(first);
    var jobs = first.getJobKeys(GroupMatcher.anyGroup());
    first.shutdown(true);
    firstOpen.close();

    Database secondOpen = database();
    Scheduler second = scheduler(secondOpen);

    Instant expected =
        new QuartzRitualScheduler(second, clock)
            .nextFireTimes(ritual, clock.instant(), 1)
            .get(0)
            .toInstant();
    assertThat(stored).hasSize(1).containsValue(Date.from(expected));
    assertThat(nextFireTimes(second)).isEqualTo(stored);
    assertThat(second.getJobKeys(GroupMatcher.anyGroup())).isEqualTo(jobs).hasSize(1);
    assertThat(rowsIn(secondOpen, "qrtz_cron_triggers")).isEqualTo(1);
  }

  @Test
  void restartedSchedulerFiresTheStoredRitualNow() throws Exception {
    Ritual ritual = ritual(fridayMorningInNewYork());
    Database firstOpen = database();
    Scheduler first = scheduler(firstOpen);
    new QuartzRitualScheduler(first, clock).schedule(ritual);
    first.shutdown(true);
    firstOpen.close();
    Scheduler second = scheduler(database());
    second.start();
    Instant askedFor = Instant.parse("2026-06-05T11:00:00Z");

    new QuartzRitualScheduler(second, clock).fireNow(ritual.id(), askedFor);

    await().atMost(PATIENCE).until(() -> !recorder.fires().isEmpty());
    assertThat(recorder.fires()).containsExactly(new Fire(ritual.id(), askedFor));
  }

  @Test
  void cronTriggerFiresThroughTheStoreAtItsSlotInTheScheduleZone() throws Exception {
    ZonedDateTime slot = ZonedDateTime.now(KOLKATA).plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
    Ritual ritual =
        ritual(
            new Schedule(
                EnumSet.allOf(DayOfWeek.class),
                slot.toLocalTime(),
                KOLKATA,
                Duration.ofHours(1),
                List.of()));
    Scheduler scheduler = scheduler(database());
    scheduler.start();

    new QuartzRitualScheduler(scheduler, clock).schedule(ritual);

    await().atMost(PATIENCE).until(() -> !recorder.fires().isEmpty());
    assertThat(recorder.fires()).containsExactly(new Fire(ritual.id(), slot.toInstant()));
  }

  @Test
  void stepRunsThroughTheStore() throws Exception {
    Scheduler scheduler = scheduler(database());
    scheduler.start();
    Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);

    new QuartzRitualScheduler(scheduler, clock).scheduleStep("occ-3/close", "close", "occ-3", at);

    await().atMost(PATIENCE).until(() -> !recorder.steps().isEmpty());
    assertThat(recorder.steps()).containsExactly(new Step("close", "occ-3", at));
  }

  @Test
  void schedulerRunsOnTheJdbcStoreInTheConfiguredMode() throws Exception {
    var metaData = scheduler(database()).getMetaData();

    assertThat(metaData.getJobStoreClass()).isEqualTo(JobStoreTX.class);
    assertThat(metaData.isJobStoreSupportsPersistence()).isTrue();
    assertThat(metaData.isJobStoreClustered()).isEqualTo(options().clustered());
    assertThat(metaData.getThreadPoolSize()).isEqualTo(options().threadCount());
    assertThat(metaData.getSchedulerName()).isEqualTo(schedulerName);
  }

  @Test
  void shutdownLeavesTheApplicationsPoolOpen() throws Exception {
    Database database = database();
    Scheduler scheduler = scheduler(database);
    scheduler.start();

    scheduler.shutdown(true);

    assertThat(database.healthy()).isTrue();
  }

  @Test
  void aSecondSchedulerOfTheSameNameInOneJvmIsItsOwnNotTheFirstHandedBack() throws Exception {
    Database database = database();
    Scheduler first = scheduler(database);
    first.start();

    Scheduler second = scheduler(database);

    // Two cluster nodes in one JVM share a name; each must be a scheduler of its own.
    assertThat(second).isNotSameAs(first);
    assertThat(second.getSchedulerName()).isEqualTo(first.getSchedulerName());
    assertThat(second.isStarted()).isFalse();
    assertThat(first.isStarted()).isTrue();
  }

  private Database database() {
    Database database = openDatabase();
    databases.add(database);
    return database;
  }

  private Scheduler scheduler(Database database) {
    Scheduler scheduler =
        new QuartzSchedulerFactory(
                database.dataSource(), new RitualJobFactory(recorder, recorder), options())
            .create();
    schedulers.add(scheduler);
    return scheduler;
  }

  private static Map<TriggerKey, Date> nextFireTimes(Scheduler scheduler) throws Exception {
    Map<TriggerKey, Date> times = new HashMap<>();
    for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.anyGroup())) {
      times.put(key, scheduler.getTrigger(key).getNextFireTime());
    }
    return times;
  }

  private int rowsIn(Database database, String table) throws Exception {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select count(*) from " + table + " where sched_name = ?")) {
      query.setString(1, schedulerName);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  private static Schedule fridayMorningInNewYork() {
    return new Schedule(
        EnumSet.of(DayOfWeek.FRIDAY),
        LocalTime.of(7, 0),
        ZoneId.of("America/New_York"),
        Duration.ofDays(2),
        List.of(new DateRange(LocalDate.parse("2030-12-21"), LocalDate.parse("2031-01-03"))));
  }

  private static Ritual ritual(Schedule schedule) {
    return new Ritual(
        RitualId.random(),
        CommunityId.random(),
        1,
        RitualKind.PROMPT,
        schedule,
        Optional.of("Which question moved your class forward this week?"),
        Optional.empty(),
        RitualState.ACTIVE,
        Instant.parse("2026-01-05T09:00:00Z"));
  }
}
