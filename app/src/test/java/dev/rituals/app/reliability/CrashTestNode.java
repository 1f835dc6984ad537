package dev.rituals.app.reliability;

import dev.rituals.app.AppConfig;
import dev.rituals.app.AppHooks;
import dev.rituals.app.RitualsApp;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The app as a child process for {@link CrashRecoveryTest}: configured from the environment like
 * production, sending "Slack" messages to the recorder URL given as the first argument. Prints
 * READY once started, then runs until killed.
 */
public final class CrashTestNode {
  static final String READY = "CRASH-TEST-NODE READY";
  static final Duration LEASE = Duration.ofSeconds(3);

  private CrashTestNode() {}

  public static void main(String[] args) throws Exception {
    AppHooks hooks =
        AppHooks.NONE
            .withGateways(List.of(new HttpRecordingGateway(URI.create(args[0]))))
            .withOutboxLease(LEASE);
    RitualsApp.start(onAnyPort(AppConfig.fromEnvironment()), Clock.systemUTC(), hooks);
    System.out.println(READY);
    System.out.flush();
    Thread.currentThread().join();
  }

  /** PORT must name a real port; a test node takes whichever is free. */
  static AppConfig onAnyPort(AppConfig c) {
    return new AppConfig(
        0,
        c.dataDir(),
        c.databaseUrl(),
        c.databaseUser(),
        c.databasePassword(),
        c.slack(),
        c.teams(),
        c.clustered(),
        c.publicUrl());
  }
}
