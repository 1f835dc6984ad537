package dev.rituals.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rituals.core.model.RitualId;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;
import org.quartz.impl.triggers.SimpleTriggerImpl;
import org.quartz.spi.TriggerFiredBundle;

class RitualJobFactoryTest {
  private final Recorder recorder = new Recorder();
  private final RitualJobFactory factory = new RitualJobFactory(recorder, recorder);

  @Test
  void buildsTheFireAndStepJobsWithTheirCollaborators() throws Exception {
    assertThat(factory.newJob(bundle(RitualTriggers.fireJob(RitualId.random())), null))
        .isInstanceOf(RitualFireJob.class);
    assertThat(factory.newJob(bundle(RitualTriggers.stepJob()), null)).isInstanceOf(StepJob.class);
  }

  @Test
  void refusesAJobClassItDoesNotKnow() {
    JobDetail foreign = JobBuilder.newJob(ForeignJob.class).withIdentity("x").build();

    assertThatThrownBy(() -> factory.newJob(bundle(foreign), null))
        .isInstanceOf(SchedulerException.class)
        .hasMessage("Rituals has no job of type " + ForeignJob.class.getName());
  }

  /** A job some other code might have left in a shared store. */
  static final class ForeignJob implements Job {
    @Override
    public void execute(JobExecutionContext context) {}
  }

  private static TriggerFiredBundle bundle(JobDetail job) {
    Date now = Date.from(Instant.parse("2026-05-04T09:00:00Z"));
    var trigger = new SimpleTriggerImpl();
    return new TriggerFiredBundle(job, trigger, null, false, now, now, null, null);
  }
}
