package dev.rituals.app.cli;

import dev.rituals.app.simulate.ChatSimulation;
import dev.rituals.app.simulate.Simulation;
import dev.rituals.app.simulate.SimulationPrinter;
import dev.rituals.core.schedule.QuartzRitualScheduler;
import dev.rituals.core.schedule.RitualJobFactory;
import dev.rituals.db.Database;
import dev.rituals.db.JooqRepositories;
import dev.rituals.db.quartz.QuartzOptions;
import dev.rituals.db.quartz.QuartzSchedulerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.quartz.Scheduler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Runs a community through weeks of rituals on a virtual clock, on a temporary database, and prints
 * the participation report. No Slack or Teams needed.
 */
@Command(
    name = "simulate",
    description =
        "Simulate a community answering weekly prompts (then print its report), or a live chat"
            + " or slow chat (printed as it runs, with recaps).")
public final class SimulateCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--members",
      defaultValue = "200",
      description = "Members (1-5000; default ${DEFAULT-VALUE}).")
  int members;

  @Option(
      names = "--weeks",
      defaultValue = "12",
      description = "Weeks to run (1-104; default ${DEFAULT-VALUE}).")
  int weeks;

  @Option(
      names = "--seed",
      defaultValue = "7",
      description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--start",
      defaultValue = "2026-09-07T00:00:00Z",
      description = "Virtual start instant (default ${DEFAULT-VALUE}).")
  Instant start;

  @Option(
      names = "--ritual",
      defaultValue = "prompt",
      description = "prompt, live-chat or slow-chat (default ${DEFAULT-VALUE}).")
  String ritual;

  @Override
  public Integer call() throws Exception {
    // The printed report is the output; the engine's own INFO lines would bury it.
    System.setProperty("RITUALS_LOG_LEVEL", "WARN");
    if (members < 1 || members > 5000) {
      throw new ParameterException(
          spec.commandLine(), "--members must be between 1 and 5000, not " + members);
    }
    if (weeks < 1 || weeks > 104) {
      throw new ParameterException(
          spec.commandLine(), "--weeks must be between 1 and 104, not " + weeks);
    }
    Optional<ChatSimulation.Kind> chat =
        switch (ritual.toLowerCase(Locale.ROOT)) {
          case "prompt" -> Optional.empty();
          case "live-chat", "live" -> Optional.of(ChatSimulation.Kind.LIVE_CHAT);
          case "slow-chat", "slow" -> Optional.of(ChatSimulation.Kind.SLOW_CHAT);
          default ->
              throw new ParameterException(
                  spec.commandLine(),
                  "--ritual must be prompt, live-chat or slow-chat, not " + ritual);
        };
    Path dir = Files.createTempDirectory("rituals-simulate-");
    try (Database database = Database.h2File(dir)) {
      var ports = JooqRepositories.of(database).ports();
      Scheduler[] quartz = new Scheduler[1];
      Simulation.SchedulerFactory schedulers =
          clock -> {
            // Quartz keeps the triggers in the database and computes every fire time; it stays
            // in standby because the simulation fires on the virtual clock itself.
            quartz[0] =
                new QuartzSchedulerFactory(
                        database.dataSource(),
                        new RitualJobFactory((r, at) -> {}, (type, id, at) -> {}),
                        QuartzOptions.standalone("rituals-simulate"))
                    .create();
            return new QuartzRitualScheduler(quartz[0], clock);
          };
      try {
        if (chat.isPresent()) {
          int recaps =
              new ChatSimulation(ports, schedulers, start, seed, System.out)
                  .run(chat.get(), members, weeks);
          System.out.printf("%n%d recap%s posted.%n", recaps, recaps == 1 ? "" : "s");
        } else {
          Simulation.Result result =
              new Simulation(ports, schedulers, start, seed).run(members, weeks);
          SimulationPrinter.print(result, System.out);
        }
      } finally {
        if (quartz[0] != null) {
          quartz[0].shutdown(false);
        }
      }
    } finally {
      deleteQuietly(dir);
    }
    return 0;
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("Could not remove temporary files in " + dir);
    }
  }
}
