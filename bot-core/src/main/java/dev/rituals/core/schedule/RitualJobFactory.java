package dev.rituals.core.schedule;

import java.util.Objects;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/**
 * Builds Rituals' Quartz jobs with their collaborators passed in, so jobs stay thin shells and the
 * store holds only ids and strings. Give it to the scheduler with {@code Scheduler.setJobFactory}
 * (the db module's {@code QuartzSchedulerFactory} does) before it starts.
 */
public final class RitualJobFactory implements JobFactory {
  private final OccurrenceFirer firer;
  private final StepRunner stepRunner;

  public RitualJobFactory(OccurrenceFirer firer, StepRunner stepRunner) {
    this.firer = Objects.requireNonNull(firer, "firer");
    this.stepRunner = Objects.requireNonNull(stepRunner, "stepRunner");
  }

  @Override
  public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
    Class<? extends Job> type = bundle.getJobDetail().getJobClass();
    if (type == RitualFireJob.class) {
      return new RitualFireJob(firer);
    }
    if (type == StepJob.class) {
      return new StepJob(stepRunner);
    }
    throw new SchedulerException("Rituals has no job of type " + type.getName());
  }
}
