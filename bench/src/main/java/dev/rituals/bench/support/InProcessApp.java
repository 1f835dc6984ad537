package dev.rituals.bench.support;

import dev.rituals.app.AppConfig;
import dev.rituals.app.RitualsApp;
import dev.rituals.core.service.Ports;
import dev.rituals.db.Database;
import dev.rituals.db.DatabaseUrl;
import dev.rituals.db.JooqRepositories;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Rituals started in this JVM through its public entry point ({@link RitualsApp#start}) on an H2
 * file database, plus a second, small connection pool on the same database through which the
 * benchmark seeds data and counts what the app stored (H2 shares one open database per JVM).
 */
public final class InProcessApp implements AutoCloseable {
  public static final String SIGNING_SECRET = "bench-signing-secret";

  private final RitualsApp app;
  private final Database observer;
  private final Ports ports;

  private InProcessApp(RitualsApp app, Database observer) {
    this.app = app;
    this.observer = observer;
    this.ports = JooqRepositories.of(observer).ports();
  }

  /**
   * @param slackApiUrl a fake Slack Web API, or empty to run without Slack
   */
  public static InProcessApp start(Path dataDir, Optional<String> slackApiUrl, Clock clock)
      throws Exception {
    AppConfig config =
        new AppConfig(
            0,
            dataDir,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            slackApiUrl.map(
                url ->
                    new AppConfig.SlackSettings(
                        Optional.of(dev.rituals.bench.slack.FakeSlackApi.BOT_TOKEN),
                        SIGNING_SECRET,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        URI.create(url))),
            Optional.of(new AppConfig.TeamsSettings("", "", Optional.empty())),
            false,
            Optional.empty());
    RitualsApp app = RitualsApp.start(config, clock);
    try {
      return new InProcessApp(app, observer(dataDir));
    } catch (RuntimeException e) {
      app.close();
      throw e;
    }
  }

  /** A connection pool on the H2 file database in {@code dataDir} (migrated if new). */
  public static Database observer(Path dataDir) {
    return Database.connect(DatabaseUrl.of(Database.h2FileUrl(dataDir), "sa", ""), 4);
  }

  public int port() {
    return app.port();
  }

  /** Repositories on the observer pool: same data the app sees. */
  public Ports ports() {
    return ports;
  }

  public Database database() {
    return observer;
  }

  @Override
  public void close() {
    app.close();
    observer.close();
  }
}
