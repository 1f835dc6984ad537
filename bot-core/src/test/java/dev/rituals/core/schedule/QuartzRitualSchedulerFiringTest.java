package dev.rituals.core.schedule;

import static dev.rituals.core.schedule.TestRituals.active;
import static dev.rituals.core.schedule.TestRituals.daily;
import static dev.rituals.core.schedule.TestRituals.paused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.schedule.Recorder.Fire;
import dev.rituals.core.schedule.Recorder.Step;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.listeners.TriggerListenerSupport;

/** A started RAM-store scheduler firing real triggers a second or two ahead. */
class QuartzRitualSchedulerFiringTest {
  private static final Duration PATIENCE = Duration.ofSeconds(15);
  private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

  private final Recorder recorder = new Recorder();
  private Scheduler scheduler;
  private QuartzRitualScheduler rituals;

  @BeforeEach
  void start() throws Exception {
    scheduler = RamSchedulers.create(new RitualJobFactory(recorder, recorder));
    scheduler.start();
    rituals = new QuartzRitualScheduler(scheduler, Clock.systemUTC());
  }

  @AfterEach
  void stop() throws Exception {
    scheduler.shutdown(true);
  }

  @Test
  void cronTriggerFiresTheRitualWithItsSlotInstant() {
    ZonedDateTime slot = secondsAhead(2);
    Ritual ritual = active(daily(slot.toLocalTime(), KOLKATA));

    rituals.schedule(ritual);

    await().atMost(PATIENCE).until(() -> !recorder.fires().isEmpty());
    assertThat(recorder.fires()).containsExactly(new Fire(ritual.id(), slot.toInstant()));
  }

  @Test
  void pausedRitualDoesNotFireWhileAnActiveOneAtTheSameTimeDoes() throws Exception {
    ZonedDateTime slot = secondsAhead(2);
    Ritual activeRitual = active(daily(slot.toLocalTime(), KOLKATA));
    Ritual pausedRitual = paused(daily(slot.toLocalTime(), KOLKATA));
    // Triggers fire in time order: once this later one has fired, the paused one would have too.
    Ritual later = active(daily(slot.plusSeconds(1).toLocalTime(), KOLKATA));

    rituals.schedule(activeRitual);
    rituals.schedule(pausedRitual);
    rituals.schedule(later);

    await().atMost(PATIENCE).until(() -> !recorder.firesOf(later.id()).isEmpty());
    assertThat(recorder.firesOf(activeRitual.id()))
        .containsExactly(new Fire(activeRitual.id(), slot.toInstant()));
    assertThat(recorder.firesOf(pausedRitual.id())).isEmpty();
    assertThat(scheduler.checkExists(RitualTriggers.ritualJob(pausedRitual.id()))).isTrue();
  }

  @Test
  void skipDateReachesNoFirerButTheTriggerGoesOn() throws Exception {
    ZonedDateTime slot = secondsAhead(2);
    Ritual onHoliday =
        active(daily(slot.toLocalTime(), KOLKATA, DateRange.day(slot.toLocalDate())));
    Ritual later = active(daily(slot.plusSeconds(1).toLocalTime(), KOLKATA));

    rituals.schedule(onHoliday);
    rituals.schedule(later);

    await().atMost(PATIENCE).until(() -> !recorder.firesOf(later.id()).isEmpty());
    assertThat(recorder.firesOf(onHoliday.id())).isEmpty();
    assertThat(nextFireTime(onHoliday)).isEqualTo(slot.plusDays(1).toInstant());
  }

  @Test
  void firerFailureNeitherRefiresNorStopsLaterFires() throws Exception {
    ZonedDateTime slot = secondsAhead(2);
    Ritual ritual = active(daily(slot.toLocalTime(), KOLKATA));
    recorder.failWhen(fire -> fire.scheduledFor().equals(slot.toInstant()));
    Instant askedFor = Instant.parse("2026-06-01T10:00:00Z");

    rituals.schedule(ritual);
    await().atMost(PATIENCE).until(() -> !recorder.fires().isEmpty());
    rituals.fireNow(ritual.id(), askedFor);

    await().atMost(PATIENCE).until(() -> recorder.fires().size() == 2);
    assertThat(recorder.fires())
        .containsExactly(new Fire(ritual.id(), slot.toInstant()), new Fire(ritual.id(), askedFor));
    assertThat(nextFireTime(ritual)).isEqualTo(slot.plusDays(1).toInstant());
    assertThat(scheduler.isStarted() && !scheduler.isShutdown()).isTrue();
  }

  @Test
  void fireNowPassesTheAskedInstantEvenForAPausedRitual() throws Exception {
    Ritual ritual = paused(daily("07:00", "Europe/London"));
    Instant askedFor = Instant.parse("2026-05-01T06:00:00Z");
    rituals.schedule(ritual);

    rituals.fireNow(ritual.id(), askedFor);

    await().atMost(PATIENCE).until(() -> !recorder.fires().isEmpty());
    assertThat(recorder.fires()).containsExactly(new Fire(ritual.id(), askedFor));
  }

  @Test
  void stepRunsWithItsTypeOccurrenceAndScheduledInstant() {
    Instant at = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS);

    rituals.scheduleStep("occ-1/reminder", "reminder", "occ-1", at);

    await().atMost(PATIENCE).until(() -> !recorder.steps().isEmpty());
    assertThat(recorder.steps()).containsExactly(new Step("reminder", "occ-1", at));
  }

  @Test
  void missedSlotFiresOnceWithTheMissedSlotAsItsInstant() throws Exception {
    List<String> misfired = new CopyOnWriteArrayList<>();
    scheduler
        .getListenerManager()
        .addTriggerListener(
            new TriggerListenerSupport() {
              @Override
              public String getName() {
                return "misfires";
              }

              @Override
              public void triggerMisfired(Trigger trigger) {
                misfired.add(trigger.getKey().getName());
              }
            });
    // Scheduled by a node whose clock says 30 s ago: today's slot, 10 s ago, was missed.
    ZonedDateTime slot = secondsAhead(-10);
    Ritual ritual = active(daily(slot.toLocalTime(), KOLKATA));
    var behind = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(-30));

    new QuartzRitualScheduler(scheduler, behind).schedule(ritual);

    await().atMost(PATIENCE).until(() -> !recorder.fires().isEmpty());
    assertThat(misfired).containsExactly(ritual.id().toString());
    assertThat(recorder.fires()).containsExactly(new Fire(ritual.id(), slot.toInstant()));
    assertThat(nextFireTime(ritual)).isEqualTo(slot.plusDays(1).toInstant());
  }

  private Instant nextFireTime(Ritual ritual) throws Exception {
    var trigger = (CronTrigger) scheduler.getTrigger(RitualTriggers.cronTrigger(ritual.id()));
    return trigger.getNextFireTime().toInstant();
  }

  private static ZonedDateTime secondsAhead(int seconds) {
    return ZonedDateTime.now(KOLKATA).plusSeconds(seconds).truncatedTo(ChronoUnit.SECONDS);
  }
}
