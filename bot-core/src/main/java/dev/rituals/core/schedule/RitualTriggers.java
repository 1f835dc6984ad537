package dev.rituals.core.schedule;

import static org.quartz.CronScheduleBuilder.cronSchedule;
import static org.quartz.SimpleScheduleBuilder.simpleSchedule;

import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.Schedule;
import java.time.Instant;
import java.util.Date;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * Names and shapes of the Quartz jobs and triggers Rituals stores. The JobDataMaps hold only ids
 * and strings; the job classes get their collaborators from {@link RitualJobFactory}.
 */
final class RitualTriggers {
  static final String RITUAL_GROUP = "ritual";
  static final String CRON_GROUP = "ritual-cron";
  static final String NOW_GROUP = "ritual-now";
  static final String STEP_GROUP = "ritual-step";
  static final JobKey STEP_JOB = JobKey.jobKey("step-runner", STEP_GROUP);

  /** Quartz keeps trigger names in VARCHAR(200) columns. */
  static final int MAX_STEP_KEY_LENGTH = 200;

  // JobDataMap keys
  static final String RITUAL_ID = "ritualId";
  static final String CRON = "cron";
  static final String ZONE = "zone";
  static final String SKIPS = "skips";
  static final String SCHEDULED_FOR = "scheduledFor";
  static final String STEP_TYPE = "stepType";
  static final String OCCURRENCE_ID = "occurrenceId";
  static final String AT = "at";

  private RitualTriggers() {}

  static JobKey ritualJob(RitualId ritual) {
    return JobKey.jobKey(ritual.toString(), RITUAL_GROUP);
  }

  static TriggerKey cronTrigger(RitualId ritual) {
    return TriggerKey.triggerKey(ritual.toString(), CRON_GROUP);
  }

  static TriggerKey nowTrigger(RitualId ritual, Instant scheduledFor) {
    return TriggerKey.triggerKey(ritual + "@" + scheduledFor.toEpochMilli(), NOW_GROUP);
  }

  static TriggerKey stepTrigger(String stepKey) {
    return TriggerKey.triggerKey(stepKey, STEP_GROUP);
  }

  /** Durable, so a paused ritual (no cron trigger) is still known; recoverable after a crash. */
  static JobDetail fireJob(RitualId ritual) {
    return JobBuilder.newJob(RitualFireJob.class)
        .withIdentity(ritualJob(ritual))
        .usingJobData(RITUAL_ID, ritual.toString())
        .storeDurably()
        .requestRecovery()
        .build();
  }

  static JobDetail stepJob() {
    return JobBuilder.newJob(StepJob.class)
        .withIdentity(STEP_JOB)
        .storeDurably()
        .requestRecovery()
        .build();
  }

  /**
   * The ritual's recurring trigger. The cron, zone and skips also travel in the data map: a
   * recovery trigger Quartz creates after a crash is a plain SimpleTrigger that keeps only the
   * data.
   */
  static CronTrigger cron(Ritual ritual, Instant startAt) {
    Schedule schedule = ritual.schedule();
    String expression = RitualCron.expression(schedule);
    return TriggerBuilder.newTrigger()
        .withIdentity(cronTrigger(ritual.id()))
        .forJob(ritualJob(ritual.id()))
        .usingJobData(CRON, expression)
        .usingJobData(ZONE, schedule.zone().getId())
        .usingJobData(SKIPS, SkipDates.encode(schedule.skips()))
        .startAt(Date.from(startAt))
        .withSchedule(
            cronSchedule(RitualCron.compile(expression, schedule.zone()))
                .withMisfireHandlingInstructionFireAndProceed())
        .build();
  }

  static Trigger now(RitualId ritual, Instant scheduledFor, Instant startAt) {
    return TriggerBuilder.newTrigger()
        .withIdentity(nowTrigger(ritual, scheduledFor))
        .forJob(ritualJob(ritual))
        .usingJobData(SCHEDULED_FOR, scheduledFor.toString())
        .startAt(Date.from(startAt))
        .withSchedule(simpleSchedule().withMisfireHandlingInstructionFireNow())
        .build();
  }

  static Trigger step(String stepKey, String stepType, String occurrenceId, Instant at) {
    return TriggerBuilder.newTrigger()
        .withIdentity(stepTrigger(stepKey))
        .forJob(STEP_JOB)
        .usingJobData(STEP_TYPE, stepType)
        .usingJobData(OCCURRENCE_ID, occurrenceId)
        .usingJobData(AT, at.toString())
        .startAt(Date.from(at))
        .withSchedule(simpleSchedule().withMisfireHandlingInstructionFireNow())
        .build();
  }

  /** Same cron, zone and skips: replacing the trigger would change nothing but its start time. */
  static boolean sameSchedule(Trigger stored, CronTrigger wanted) {
    return stored instanceof CronTrigger storedCron
        && storedCron.getCronExpression().equals(wanted.getCronExpression())
        && storedCron.getTimeZone().getID().equals(wanted.getTimeZone().getID())
        && storedCron.getJobDataMap().equals(wanted.getJobDataMap());
  }
}
