package dev.rituals.app.cli;

import dev.rituals.app.AppConfig;
import dev.rituals.app.ConfigException;
import dev.rituals.app.RitualsApp;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;

/** Runs the bot until the process is stopped (Ctrl-C or SIGTERM shut it down gracefully). */
@Command(name = "run", description = "Run the bot (default).")
public final class RunCommand implements Callable<Integer> {
  @Override
  public Integer call() throws Exception {
    AppConfig config;
    try {
      config = AppConfig.fromEnvironment();
    } catch (ConfigException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    RitualsApp app = RitualsApp.start(config, Clock.systemUTC());
    System.out.println(StartupBanner.text(config, app.port()));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.close();
                  stopped.countDown();
                },
                "shutdown"));
    stopped.await();
    return 0;
  }
}
