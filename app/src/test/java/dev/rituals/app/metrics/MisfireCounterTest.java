package dev.rituals.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rituals.app.MetricsEndpointTest;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;

/** A real Quartz scheduler that starts after a trigger's time has passed: one misfire counted. */
class MisfireCounterTest {
  public static final class Nothing implements Job {
    @Override
    public void execute(org.quartz.JobExecutionContext context) {}
  }

  @Test
  void aTriggerWhoseTimePassedWhileTheSchedulerWasDownIsCountedAsAMisfire() throws Exception {
    Properties properties = new Properties();
    properties.setProperty("org.quartz.scheduler.instanceName", "misfire-test");
    properties.setProperty("org.quartz.threadPool.threadCount", "1");
    properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
    properties.setProperty("org.quartz.jobStore.misfireThreshold", "100");
    properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    Scheduler quartz = new StdSchedulerFactory(properties).getScheduler();
    AppMetrics metrics = new AppMetrics(Clock.systemUTC());
    try {
      quartz.getListenerManager().addTriggerListener(new MisfireCounter(metrics));
      quartz.scheduleJob(
          JobBuilder.newJob(Nothing.class).withIdentity("late").build(),
          TriggerBuilder.newTrigger()
              .withIdentity("late")
              .startAt(new Date(System.currentTimeMillis() - 60_000))
              .withSchedule(
                  SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
              .build());
      quartz.start();

      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () ->
                  assertThat(
                          MetricsEndpointTest.value(
                              metrics.scrape(), "rituals_scheduler_misfires_total", Map.of()))
                      .isEqualTo(1.0));
    } finally {
      quartz.shutdown(true);
    }
  }
}
