package dev.rituals.app.cli;

import dev.rituals.app.AppConfig;
import dev.rituals.app.ConfigException;
import dev.rituals.db.Database;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Applies database migrations and exits; useful before rolling out several nodes. */
@Command(name = "migrate", description = "Create or upgrade the database schema, then exit.")
public final class MigrateCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    AppConfig config;
    try {
      config = AppConfig.fromEnvironment();
    } catch (ConfigException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    try (Database database = dev.rituals.app.Databases.open(config)) {
      System.out.println("Database is up to date (" + database.vendor() + ").");
    }
    return 0;
  }
}
