package dev.rituals.db.quartz;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.quartz.utils.ConnectionProvider;

/**
 * Lends Quartz connections from the application's own pool, so Quartz builds no pool of its own.
 * Quartz calls {@link #shutdown()} when the scheduler stops; the pool belongs to the application,
 * which closes it after the scheduler, so that is deliberately a no-op.
 */
final class DataSourceConnectionProvider implements ConnectionProvider {
  private final DataSource dataSource;

  DataSourceConnectionProvider(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return dataSource.getConnection();
  }

  @Override
  public void shutdown() {
    // The application owns the pool.
  }

  @Override
  public void initialize() {
    // Nothing to set up: the pool already exists.
  }
}
