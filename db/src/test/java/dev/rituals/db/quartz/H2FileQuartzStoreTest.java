package dev.rituals.db.quartz;

import dev.rituals.db.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default: the app's H2 file database (PostgreSQL mode), one node. */
class H2FileQuartzStoreTest extends QuartzJdbcStoreContract {
  @TempDir Path directory;

  @Override
  protected Database openDatabase() {
    return Database.h2File(directory);
  }

  @Override
  protected QuartzOptions options() {
    return QuartzOptions.standalone(schedulerName);
  }
}
