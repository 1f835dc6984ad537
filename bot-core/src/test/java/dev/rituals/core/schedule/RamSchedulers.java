package dev.rituals.core.schedule;

import java.util.Properties;
import java.util.UUID;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.simpl.RAMJobStore;
import org.quartz.spi.JobFactory;

/** Real Quartz schedulers on the RAM store, one per test, not started. */
final class RamSchedulers {
  /** Short, so a test can provoke a misfire without waiting a minute. */
  static final long MISFIRE_THRESHOLD_MILLIS = 1000;

  private RamSchedulers() {}

  static Scheduler create(JobFactory jobs) throws SchedulerException {
    Properties properties = new Properties();
    // Quartz keeps schedulers in a JVM-wide registry by name: one name per test.
    properties.setProperty("org.quartz.scheduler.instanceName", "test-" + UUID.randomUUID());
    properties.setProperty("org.quartz.threadPool.threadCount", "3");
    properties.setProperty("org.quartz.jobStore.class", RAMJobStore.class.getName());
    properties.setProperty(
        "org.quartz.jobStore.misfireThreshold", String.valueOf(MISFIRE_THRESHOLD_MILLIS));
    Scheduler scheduler = new StdSchedulerFactory(properties).getScheduler();
    scheduler.setJobFactory(jobs);
    return scheduler;
  }
}
