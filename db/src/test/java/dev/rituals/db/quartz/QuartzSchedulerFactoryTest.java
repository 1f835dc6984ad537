package dev.rituals.db.quartz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;
import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;
import org.quartz.spi.JobFactory;

class QuartzSchedulerFactoryTest {
  @Test
  void postgresGetsThePostgresDelegateAndH2TheStandardOne() {
    assertThat(QuartzSchedulerFactory.delegateFor("PostgreSQL"))
        .isEqualTo(PostgreSQLDelegate.class.getName());
    assertThat(QuartzSchedulerFactory.delegateFor("H2")).isEqualTo(StdJDBCDelegate.class.getName());
  }

  @Test
  void otherDatabasesAreRefusedByName() {
    assertThatThrownBy(() -> QuartzSchedulerFactory.delegateFor("MySQL"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the Quartz job store runs on H2 or PostgreSQL, not MySQL");
  }

  @Test
  void clusteredNodesLockTriggerAcquisitionAndGenerateTheirInstanceIds() {
    Properties p = properties(QuartzOptions.clustered("rituals").withThreadCount(6));

    assertThat(p)
        .containsEntry("org.quartz.scheduler.instanceName", "rituals")
        .containsEntry("org.quartz.scheduler.instanceId", "AUTO")
        .containsEntry("org.quartz.jobStore.isClustered", "true")
        .containsEntry("org.quartz.jobStore.acquireTriggersWithinLock", "true")
        .containsEntry("org.quartz.jobStore.clusterCheckinInterval", "15000")
        .containsEntry("org.quartz.threadPool.threadCount", "6");
  }

  @Test
  void storeKeepsStringPropertiesInTheQrtzTablesOfTheGivenDataSource() {
    Properties p = properties(QuartzOptions.standalone("rituals"));

    assertThat(p)
        .containsEntry("org.quartz.jobStore.useProperties", "true")
        .containsEntry("org.quartz.jobStore.tablePrefix", "qrtz_")
        .containsEntry("org.quartz.jobStore.dataSource", "rituals-rituals")
        .containsEntry("org.quartz.jobStore.isClustered", "false")
        .containsEntry("org.quartz.jobStore.misfireThreshold", "60000")
        .containsEntry("org.quartz.scheduler.instanceId", "NON_CLUSTERED")
        .doesNotContainKey("org.quartz.jobStore.acquireTriggersWithinLock");
    // No org.quartz.dataSource.* entry: Quartz must not build a pool of its own.
    assertThat(p.stringPropertyNames())
        .noneMatch(name -> name.startsWith("org.quartz.dataSource."));
  }

  @Test
  void optionsRejectWhatQuartzCouldNotStore() {
    assertThatThrownBy(() -> QuartzOptions.standalone(" "))
        .hasMessage("scheduler name must not be blank");
    assertThatThrownBy(() -> QuartzOptions.standalone("n".repeat(121)))
        .hasMessage("scheduler name is longer than 120");
    assertThatThrownBy(() -> QuartzOptions.standalone("rituals").withThreadCount(0))
        .hasMessage("thread count must be between 1 and 100");
    assertThatThrownBy(
            () -> QuartzOptions.standalone("rituals").withMisfireThreshold(Duration.ZERO))
        .hasMessage("misfire threshold must be positive");
  }

  private static Properties properties(QuartzOptions options) {
    var factory =
        new QuartzSchedulerFactory(mock(DataSource.class), mock(JobFactory.class), options);
    return factory.properties(
        "rituals-" + options.schedulerName(), StdJDBCDelegate.class.getName());
  }
}
