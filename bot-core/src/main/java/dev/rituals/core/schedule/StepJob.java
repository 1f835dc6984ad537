package dev.rituals.core.schedule;

import java.time.Instant;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thin shell turning one Quartz fire of a step trigger into one {@link StepRunner} call, with the
 * instant the step was scheduled for (not the possibly later moment it ran). Failures are logged
 * and swallowed so the scheduler keeps running and nothing re-fires in a loop.
 */
final class StepJob implements Job {
  private static final Logger LOG = LoggerFactory.getLogger(StepJob.class);

  private final StepRunner runner;

  StepJob(StepRunner runner) {
    this.runner = runner;
  }

  @Override
  public void execute(JobExecutionContext context) {
    JobDataMap data = context.getMergedJobDataMap();
    String stepType = data.getString(RitualTriggers.STEP_TYPE);
    String occurrenceId = data.getString(RitualTriggers.OCCURRENCE_ID);
    Instant at;
    try {
      at = Instant.parse(data.getString(RitualTriggers.AT));
    } catch (RuntimeException e) {
      at = null;
    }
    if (stepType == null || occurrenceId == null || at == null) {
      LOG.warn("step trigger {} has unreadable data; not run", context.getTrigger().getKey());
      return;
    }
    try {
      runner.run(stepType, occurrenceId, at);
    } catch (RuntimeException e) {
      // Only the type at WARN: exception messages may quote what members wrote.
      LOG.warn(
          "step {} of occurrence {} for {} failed: {}",
          stepType,
          occurrenceId,
          at,
          e.getClass().getName());
      LOG.debug("step {} of occurrence {} for {} failed", stepType, occurrenceId, at, e);
    }
  }
}
