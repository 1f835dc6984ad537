package dev.rituals.core.schedule;

import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.port.RitualScheduler;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.quartz.CronTrigger;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;

/**
 * {@link RitualScheduler} on a Quartz {@link Scheduler} built elsewhere (the db module builds one
 * on the JDBC job store; tests use the RAM store). One durable job per ritual, keyed by its id,
 * with one cron trigger in the schedule's time zone.
 *
 * <p><b>Misfires</b> (a slot passed while no node was running, or all worker threads were busy, for
 * longer than the store's misfire threshold): a ritual's cron trigger fires <em>once</em> as soon
 * as the scheduler is back, however many slots were missed, then keeps to its regular slots
 * (Quartz's {@code MISFIRE_INSTRUCTION_FIRE_ONCE_NOW}). The late fire passes the most recent missed
 * slot as {@code scheduledFor}, so it stands for the occurrence the on-time fire would have opened,
 * and the skip dates apply to that slot's date. "Fire now" and step triggers fire as soon as
 * possible ({@code MISFIRE_INSTRUCTION_FIRE_NOW}) with the instant they were asked for.
 *
 * <p><b>Crashes</b>: jobs request recovery, so a fire cut off by a dying node is re-run (by another
 * node, or on restart) with the same instant. Delivery is therefore at least once; the firer and
 * step runner must be idempotent on what they receive.
 *
 * <p><b>Pause</b>: a paused ritual keeps its job but has no cron trigger, so on resume it fires at
 * the next slot after the resume, not once for the slots missed while paused.
 */
public final class QuartzRitualScheduler implements RitualScheduler {
  /** Upper bound for {@link #nextFireTimes}; a list longer than that is never shown to anyone. */
  public static final int MAX_FIRE_TIMES = 1000;

  private final Scheduler scheduler;
  private final Clock clock;

  public QuartzRitualScheduler(Scheduler scheduler, Clock clock) {
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Idempotent: an unchanged schedule keeps its stored trigger; a changed one replaces it. */
  @Override
  public void schedule(Ritual ritual) {
    JobDetail job = RitualTriggers.fireJob(ritual.id());
    inQuartz(
        "schedule ritual " + ritual.id(),
        () -> {
          if (!ritual.isActive()) {
            scheduler.unscheduleJob(RitualTriggers.cronTrigger(ritual.id()));
            scheduler.addJob(job, true);
            return;
          }
          CronTrigger wanted = RitualTriggers.cron(ritual, clock.instant());
          if (!RitualTriggers.sameSchedule(scheduler.getTrigger(wanted.getKey()), wanted)) {
            scheduler.scheduleJob(job, Set.of(wanted), true);
          }
        });
  }

  /** Removes the ritual's job with its cron trigger and any pending "fire now". */
  @Override
  public void unschedule(RitualId ritual) {
    inQuartz(
        "unschedule ritual " + ritual, () -> scheduler.deleteJob(RitualTriggers.ritualJob(ritual)));
  }

  /**
   * Fires even a paused ritual (a moderator asked). Idempotent while pending: asking twice for the
   * same {@code scheduledFor} before it ran leaves one trigger.
   */
  @Override
  public void fireNow(RitualId ritual, Instant scheduledFor) {
    Objects.requireNonNull(scheduledFor, "scheduledFor");
    inQuartz(
        "fire ritual " + ritual + " now",
        () ->
            scheduler.scheduleJob(
                RitualTriggers.fireJob(ritual),
                Set.of(RitualTriggers.now(ritual, scheduledFor, clock.instant())),
                true));
  }

  /**
   * Idempotent on {@code stepKey} while pending: a second call replaces the first (latest time and
   * type win). Once a step has run its key is free again. A time in the past fires at once.
   */
  @Override
  public void scheduleStep(String stepKey, String stepType, String occurrenceId, Instant at) {
    requireText(stepKey, "stepKey");
    if (stepKey.length() > RitualTriggers.MAX_STEP_KEY_LENGTH) {
      throw new IllegalArgumentException(
          "stepKey is longer than " + RitualTriggers.MAX_STEP_KEY_LENGTH);
    }
    requireText(stepType, "stepType");
    requireText(occurrenceId, "occurrenceId");
    Objects.requireNonNull(at, "at");
    inQuartz(
        "schedule step " + stepKey,
        () ->
            scheduler.scheduleJob(
                RitualTriggers.stepJob(),
                Set.of(RitualTriggers.step(stepKey, stepType, occurrenceId, at)),
                true));
  }

  /**
   * The same cron arithmetic the trigger uses, minus skipped dates (the trigger still wakes on
   * those, and its job does nothing). Computed from the schedule alone: for a paused ritual these
   * are the times it would fire at if resumed now; callers say "paused" themselves.
   */
  @Override
  public List<ZonedDateTime> nextFireTimes(Ritual ritual, Instant after, int count) {
    Objects.requireNonNull(after, "after");
    if (count < 0 || count > MAX_FIRE_TIMES) {
      throw new IllegalArgumentException("count must be between 0 and " + MAX_FIRE_TIMES);
    }
    return RitualCron.nextFireTimes(ritual.schedule(), after, count);
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  private static void inQuartz(String what, QuartzCall call) {
    try {
      call.run();
    } catch (SchedulerException e) {
      throw new SchedulingException("could not " + what, e);
    }
  }

  @FunctionalInterface
  private interface QuartzCall {
    void run() throws SchedulerException;
  }
}
