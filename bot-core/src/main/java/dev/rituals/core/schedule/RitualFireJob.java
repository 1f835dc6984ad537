package dev.rituals.core.schedule;

import dev.rituals.core.model.RitualId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.quartz.CronExpression;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thin shell turning one Quartz fire of a ritual's job into one {@link OccurrenceFirer} call.
 *
 * <p>A "fire now" trigger carries the instant its caller asked for. A cron fire passes the slot it
 * stands for (see {@link RitualCron#latestSlotAtOrBefore}) and does nothing on a skipped date. A
 * failure is logged and swallowed: the trigger goes on to its next slot, nothing is re-fired in a
 * loop, and the scheduler keeps running.
 */
final class RitualFireJob implements Job {
  private static final Logger LOG = LoggerFactory.getLogger(RitualFireJob.class);

  private final OccurrenceFirer firer;

  RitualFireJob(OccurrenceFirer firer) {
    this.firer = firer;
  }

  @Override
  public void execute(JobExecutionContext context) {
    JobDataMap data = context.getMergedJobDataMap();
    RitualId ritual;
    Instant scheduledFor;
    try {
      ritual = RitualId.parse(data.getString(RitualTriggers.RITUAL_ID));
      String explicit = data.getString(RitualTriggers.SCHEDULED_FOR);
      if (explicit != null) {
        scheduledFor = Instant.parse(explicit);
      } else {
        scheduledFor = cronSlot(data, context.getScheduledFireTime().toInstant());
        if (SkipDates.skips(data.getString(RitualTriggers.SKIPS), localDate(data, scheduledFor))) {
          LOG.debug("ritual {} skips {}: a skipped date", ritual, scheduledFor);
          return;
        }
      }
    } catch (RuntimeException e) {
      LOG.warn(
          "job {} has unreadable data ({}); not fired",
          context.getJobDetail().getKey(),
          e.getClass().getName());
      return;
    }
    try {
      firer.fire(ritual, scheduledFor);
    } catch (RuntimeException e) {
      // Only the type at WARN: exception messages may quote what members wrote.
      LOG.warn("ritual {} fire for {} failed: {}", ritual, scheduledFor, e.getClass().getName());
      LOG.debug("ritual {} fire for {} failed", ritual, scheduledFor, e);
    }
  }

  private static Instant cronSlot(JobDataMap data, Instant quartzScheduled) {
    CronExpression cron = RitualCron.compile(data.getString(RitualTriggers.CRON), zone(data));
    return RitualCron.latestSlotAtOrBefore(cron, quartzScheduled);
  }

  private static LocalDate localDate(JobDataMap data, Instant instant) {
    return instant.atZone(zone(data)).toLocalDate();
  }

  private static ZoneId zone(JobDataMap data) {
    return ZoneId.of(data.getString(RitualTriggers.ZONE));
  }
}
