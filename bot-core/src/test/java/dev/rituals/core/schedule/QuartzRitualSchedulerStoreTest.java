package dev.rituals.core.schedule;

import static dev.rituals.core.schedule.TestRituals.active;
import static dev.rituals.core.schedule.TestRituals.weekly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualState;
import dev.rituals.core.model.Schedule;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.impl.matchers.GroupMatcher;

/** What schedule, fireNow and scheduleStep leave in the store (scheduler not started). */
class QuartzRitualSchedulerStoreTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-05-04T09:00:00Z"));
  private final Recorder recorder = new Recorder();
  private Scheduler scheduler;
  private QuartzRitualScheduler rituals;

  @BeforeEach
  void create() throws Exception {
    scheduler = RamSchedulers.create(new RitualJobFactory(recorder, recorder));
    rituals = new QuartzRitualScheduler(scheduler, clock);
  }

  @AfterEach
  void stop() throws Exception {
    scheduler.shutdown(); // never started: no running job to wait for
  }

  @Test
  void cronTriggerRunsInTheScheduleZoneAndFiresOnceAfterAMisfire() throws Exception {
    Ritual ritual = active(weekly(DayOfWeek.FRIDAY, "07:00", "America/New_York"));

    rituals.schedule(ritual);

    CronTrigger trigger = cronTrigger(ritual);
    assertThat(trigger.getCronExpression()).isEqualTo("0 0 7 ? * FRI");
    assertThat(trigger.getTimeZone().getID()).isEqualTo("America/New_York");
    assertThat(trigger.getMisfireInstruction())
        .isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
    assertThat(trigger.getNextFireTime())
        .isEqualTo(Date.from(Instant.parse("2026-05-08T11:00:00Z")));
    assertThat(trigger.getJobDataMap().getWrappedMap().values()).allMatch(v -> v instanceof String);
  }

  @Test
  void schedulingTheSameRitualTwiceKeepsOneJobAndItsStoredTrigger() throws Exception {
    Ritual ritual = active(weekly(DayOfWeek.FRIDAY, "07:00", "Europe/London"));
    rituals.schedule(ritual);
    Date firstStart = cronTrigger(ritual).getStartTime();

    clock.set(Instant.parse("2026-05-05T09:00:00Z"));
    rituals.schedule(ritual);

    assertThat(scheduler.getJobKeys(GroupMatcher.anyGroup()))
        .containsExactly(RitualTriggers.ritualJob(ritual.id()));
    assertThat(triggersOf(ritual)).hasSize(1);
    assertThat(cronTrigger(ritual).getStartTime()).isEqualTo(firstStart);
  }

  @Test
  void changedScheduleReplacesTheCronTrigger() throws Exception {
    Ritual ritual = active(weekly(DayOfWeek.FRIDAY, "07:00", "Europe/London"));
    rituals.schedule(ritual);
    var holiday = new DateRange(LocalDate.parse("2026-05-25"), LocalDate.parse("2026-05-29"));

    var old = ritual.schedule();
    rituals.schedule(
        ritual.withSchedule(
            new Schedule(
                old.days(), LocalTime.of(16, 30), old.zone(), old.window(), List.of(holiday))));

    assertThat(triggersOf(ritual)).hasSize(1);
    CronTrigger trigger = cronTrigger(ritual);
    assertThat(trigger.getCronExpression()).isEqualTo("0 30 16 ? * FRI");
    assertThat(trigger.getJobDataMap().getString(RitualTriggers.SKIPS))
        .isEqualTo("2026-05-25..2026-05-29");
  }

  @Test
  void pausingDropsTheCronTriggerKeepsTheJobAndResumingStartsFromTheResumeTime() throws Exception {
    Ritual ritual = active(weekly(DayOfWeek.FRIDAY, "07:00", "Europe/London"));
    rituals.schedule(ritual);

    rituals.schedule(ritual.withState(RitualState.PAUSED));
    assertThat(scheduler.checkExists(RitualTriggers.ritualJob(ritual.id()))).isTrue();
    assertThat(triggersOf(ritual)).isEmpty();

    clock.set(Instant.parse("2026-06-10T12:00:00Z"));
    rituals.schedule(ritual);
    assertThat(cronTrigger(ritual).getNextFireTime())
        .isEqualTo(Date.from(Instant.parse("2026-06-12T06:00:00Z")));
  }

  @Test
  void pausedRitualScheduledFirstTimeIsKnownButHasNoTrigger() throws Exception {
    Ritual ritual = TestRituals.paused(weekly(DayOfWeek.MONDAY, "08:00", "Europe/Paris"));

    rituals.schedule(ritual);

    assertThat(scheduler.checkExists(RitualTriggers.ritualJob(ritual.id()))).isTrue();
    assertThat(triggersOf(ritual)).isEmpty();
  }

  @Test
  void unscheduleRemovesTheJobWithItsCronAndPendingFireNowTriggers() throws Exception {
    Ritual ritual = active(weekly(DayOfWeek.FRIDAY, "07:00", "Europe/London"));
    rituals.schedule(ritual);
    rituals.fireNow(ritual.id(), clock.instant());

    rituals.unschedule(ritual.id());

    assertThat(scheduler.checkExists(RitualTriggers.ritualJob(ritual.id()))).isFalse();
    assertThat(scheduler.getTriggerKeys(GroupMatcher.anyGroup())).isEmpty();
  }

  @Test
  void askingToFireNowTwiceForTheSameInstantLeavesOnePendingTrigger() throws Exception {
    Ritual ritual = active(weekly(DayOfWeek.FRIDAY, "07:00", "Europe/London"));
    Instant askedFor = clock.instant();

    rituals.fireNow(ritual.id(), askedFor);
    rituals.fireNow(ritual.id(), askedFor);

    assertThat(scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(RitualTriggers.NOW_GROUP)))
        .containsExactly(RitualTriggers.nowTrigger(ritual.id(), askedFor));
    var trigger =
        (SimpleTrigger) scheduler.getTrigger(RitualTriggers.nowTrigger(ritual.id(), askedFor));
    assertThat(trigger.getMisfireInstruction())
        .isEqualTo(SimpleTrigger.MISFIRE_INSTRUCTION_FIRE_NOW);
    assertThat(trigger.getJobDataMap().getString(RitualTriggers.SCHEDULED_FOR))
        .isEqualTo(askedFor.toString());
  }

  @Test
  void stepScheduledAgainUnderTheSameKeyReplacesThePendingOne() throws Exception {
    Instant first = Instant.parse("2026-05-04T10:00:00Z");
    Instant second = Instant.parse("2026-05-04T10:15:00Z");

    rituals.scheduleStep("occ-7/q2", "next-question", "occ-7", first);
    rituals.scheduleStep("occ-7/q2", "next-question", "occ-7", second);

    assertThat(scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(RitualTriggers.STEP_GROUP)))
        .containsExactly(RitualTriggers.stepTrigger("occ-7/q2"));
    Trigger trigger = scheduler.getTrigger(RitualTriggers.stepTrigger("occ-7/q2"));
    assertThat(trigger.getNextFireTime()).isEqualTo(Date.from(second));
    assertThat(trigger.getJobDataMap().getString(RitualTriggers.AT)).isEqualTo(second.toString());
  }

  @Test
  void stepWithBlankOrOverlongKeyOrBlankTypeIsRejected() {
    Instant at = clock.instant();

    assertThatThrownBy(() -> rituals.scheduleStep(" ", "reminder", "occ-1", at))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stepKey must not be blank");
    assertThatThrownBy(() -> rituals.scheduleStep("k".repeat(201), "reminder", "occ-1", at))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stepKey is longer than 200");
    assertThatThrownBy(() -> rituals.scheduleStep("occ-1/close", "", "occ-1", at))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stepType must not be blank");
  }

  @Test
  void storeFailureSurfacesAsSchedulingException() throws Exception {
    Ritual ritual = active(weekly(DayOfWeek.FRIDAY, "07:00", "Europe/London"));
    scheduler.shutdown();

    assertThatThrownBy(() -> rituals.schedule(ritual))
        .isInstanceOf(SchedulingException.class)
        .hasMessage("could not schedule ritual " + ritual.id());
  }

  private CronTrigger cronTrigger(Ritual ritual) throws Exception {
    return (CronTrigger) scheduler.getTrigger(RitualTriggers.cronTrigger(ritual.id()));
  }

  private List<? extends Trigger> triggersOf(Ritual ritual) throws Exception {
    return scheduler.getTriggersOfJob(RitualTriggers.ritualJob(ritual.id()));
  }
}
