package dev.rituals.db.quartz;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;
import org.quartz.simpl.SimpleThreadPool;
import org.quartz.spi.JobFactory;
import org.quartz.utils.DBConnectionManager;

/**
 * Builds the Quartz {@link Scheduler} on the application's database: JDBC job store ({@code
 * JobStoreTX}) on the {@code qrtz_} tables the Flyway migrations create, with connections from the
 * given {@link DataSource}, string-only job data ({@code useProperties}), and the given {@link
 * JobFactory} (in Rituals, core's {@code RitualJobFactory}).
 *
 * <p>The scheduler comes back in standby: call {@code start()} once everything is wired, and {@code
 * shutdown(true)} on stop so running jobs finish, before closing the pool.
 */
public final class QuartzSchedulerFactory {
  /**
   * Unquoted in Quartz's SQL, so it folds like the unquoted names in the migrations: to lower case
   * on PostgreSQL and on H2 with {@code DATABASE_TO_LOWER=TRUE}, to upper case on plain H2.
   */
  public static final String TABLE_PREFIX = "qrtz_";

  private final DataSource dataSource;
  private final JobFactory jobFactory;
  private final QuartzOptions options;

  public QuartzSchedulerFactory(
      DataSource dataSource, JobFactory jobFactory, QuartzOptions options) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.jobFactory = Objects.requireNonNull(jobFactory, "jobFactory");
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Builds a new scheduler, even when one of the same name already exists in this JVM: Quartz's
   * JVM-wide registry would otherwise hand back that one (silently sharing its job factory), and
   * several cluster nodes in one JVM (tests) must share a name to share the tables. So ours is
   * taken out of the registry at once, and its connection provider has a name of its own.
   *
   * @throws IllegalStateException if the database cannot be reached or is neither H2 nor PostgreSQL
   */
  public Scheduler create() {
    String name = options.schedulerName();
    try {
      String delegate = delegateFor(databaseProduct());
      // Quartz finds connection providers by name in its JVM-wide registry; ours is per scheduler.
      String dataSourceName = "rituals-" + name + "-" + UUID.randomUUID();
      DBConnectionManager.getInstance()
          .addConnectionProvider(dataSourceName, new DataSourceConnectionProvider(dataSource));
      Scheduler scheduler;
      synchronized (QuartzSchedulerFactory.class) {
        // A lookup and a bind by name, with our removal in between: no other create may interleave.
        SchedulerRepository.getInstance().remove(name);
        scheduler = new StdSchedulerFactory(properties(dataSourceName, delegate)).getScheduler();
        SchedulerRepository.getInstance().remove(name);
      }
      scheduler.setJobFactory(jobFactory);
      return scheduler;
    } catch (SchedulerException | SQLException e) {
      throw new IllegalStateException(
          "could not create the Quartz scheduler " + name + ": " + e.getMessage(), e);
    }
  }

  static String delegateFor(String databaseProduct) {
    return switch (databaseProduct) {
      case "PostgreSQL" -> PostgreSQLDelegate.class.getName();
      case "H2" -> StdJDBCDelegate.class.getName();
      default ->
          throw new IllegalStateException(
              "the Quartz job store runs on H2 or PostgreSQL, not " + databaseProduct);
    };
  }

  Properties properties(String dataSourceName, String delegate) {
    Properties p = new Properties();
    p.setProperty("org.quartz.scheduler.instanceName", options.schedulerName());
    p.setProperty(
        "org.quartz.scheduler.instanceId", options.clustered() ? "AUTO" : "NON_CLUSTERED");
    p.setProperty("org.quartz.threadPool.class", SimpleThreadPool.class.getName());
    p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(options.threadCount()));
    p.setProperty("org.quartz.threadPool.threadNamePrefix", options.schedulerName() + "-worker");
    p.setProperty("org.quartz.jobStore.class", JobStoreTX.class.getName());
    p.setProperty("org.quartz.jobStore.driverDelegateClass", delegate);
    p.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
    p.setProperty("org.quartz.jobStore.tablePrefix", TABLE_PREFIX);
    p.setProperty("org.quartz.jobStore.useProperties", "true");
    p.setProperty(
        "org.quartz.jobStore.misfireThreshold",
        String.valueOf(options.misfireThreshold().toMillis()));
    p.setProperty("org.quartz.jobStore.isClustered", String.valueOf(options.clustered()));
    if (options.clustered()) {
      // One clear owner per trigger: nodes take triggers under the row lock (Quartz requires it
      // as soon as batch acquisition is raised above one trigger).
      p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
      p.setProperty(
          "org.quartz.jobStore.clusterCheckinInterval",
          String.valueOf(options.clusterCheckinInterval().toMillis()));
    }
    return p;
  }

  private String databaseProduct() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName();
    }
  }
}
