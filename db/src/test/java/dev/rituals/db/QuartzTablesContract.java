package dev.rituals.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Date;
import java.util.Properties;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.calendar.HolidayCalendar;
import org.quartz.listeners.JobListenerSupport;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * The Quartz tables this module creates work with Quartz's JDBC job store and the delegate {@link
 * Vendor#quartzDriverDelegate()} names: jobs, cron triggers with a time zone, calendars (stored as
 * binary) and firing all go through the database.
 */
abstract class QuartzTablesContract extends DatabaseContract {

  @Test
  void jdbcJobStoreStoresJobsTriggersAndCalendarsAndFires() throws Exception {
    Scheduler scheduler = newScheduler();
    try {
      CountDownLatch fired = new CountDownLatch(1);
      scheduler
          .getListenerManager()
          .addJobListener(
              new JobListenerSupport() {
                @Override
                public String getName() {
                  return "latch";
                }

                @Override
                public void jobWasExecuted(
                    JobExecutionContext context, JobExecutionException exception) {
                  fired.countDown();
                }
              });
      scheduler.addCalendar("holidays", new HolidayCalendar(), false, false);
      JobDetail job =
          JobBuilder.newJob(NoOpJob.class)
              .withIdentity("ritual-1", "rituals")
              .usingJobData("ritualId", UUID.randomUUID().toString())
              .storeDurably()
              .build();
      Trigger weekly =
          TriggerBuilder.newTrigger()
              .withIdentity("weekly-1", "rituals")
              .forJob(job)
              .withSchedule(
                  CronScheduleBuilder.cronSchedule("0 0 7 ? * FRI")
                      .inTimeZone(TimeZone.getTimeZone("America/New_York")))
              .modifiedByCalendar("holidays")
              .build();
      Trigger now =
          TriggerBuilder.newTrigger()
              .withIdentity("now-1", "rituals")
              .forJob(job)
              .startNow()
              .build();

      scheduler.addJob(job, false);
      scheduler.scheduleJob(weekly);
      scheduler.scheduleJob(now);
      scheduler.start();

      assertThat(fired.await(20, TimeUnit.SECONDS)).isTrue();
      JobDetail stored = scheduler.getJobDetail(new JobKey("ritual-1", "rituals"));
      assertThat(stored.getJobDataMap().getString("ritualId"))
          .isEqualTo(job.getJobDataMap().getString("ritualId"));
      assertThat(scheduler.getTrigger(weekly.getKey()).getNextFireTime()).isAfter(new Date());
      assertThat(scheduler.getCalendar("holidays")).isInstanceOf(HolidayCalendar.class);
    } finally {
      scheduler.shutdown(true);
    }
  }

  private Scheduler newScheduler() throws SchedulerException {
    String name = "rituals-test-" + UUID.randomUUID();
    DBConnectionManager.getInstance().addConnectionProvider(name, new PoolProvider(database));
    Properties properties = new Properties();
    properties.setProperty("org.quartz.scheduler.instanceName", name);
    properties.setProperty("org.quartz.threadPool.threadCount", "1");
    properties.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
    properties.setProperty(
        "org.quartz.jobStore.driverDelegateClass", database.vendor().quartzDriverDelegate());
    properties.setProperty("org.quartz.jobStore.dataSource", name);
    properties.setProperty("org.quartz.jobStore.useProperties", "true");
    properties.setProperty("org.quartz.jobStore.isClustered", "true");
    properties.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
    properties.setProperty("org.quartz.scheduler.instanceId", "AUTO");
    properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    return new StdSchedulerFactory(properties).getScheduler();
  }

  /** Quartz borrows connections from the application's pool; the pool's owner closes it. */
  private record PoolProvider(Database database) implements ConnectionProvider {
    @Override
    public Connection getConnection() throws SQLException {
      return database.dataSource().getConnection();
    }

    @Override
    public void shutdown() {}

    @Override
    public void initialize() {}
  }

  /** Does nothing: the test observes firing through a job listener. */
  public static final class NoOpJob implements Job {
    @Override
    public void execute(JobExecutionContext context) {}
  }
}
