package dev.rituals.app;

import dev.rituals.app.cli.MigrateCommand;
import dev.rituals.app.cli.RotateKeyCommand;
import dev.rituals.app.cli.RunCommand;
import dev.rituals.app.cli.SimulateCommand;
import dev.rituals.app.cli.TeamsPackageCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar rituals.jar [run|migrate|simulate|teams-package|rotate-key]}; no arguments means
 * run.
 */
@Command(
    name = "rituals",
    mixinStandardHelpOptions = true,
    version = "Rituals 0.1.0",
    description = "Slack and Microsoft Teams bot for teachers' communities of practice.",
    subcommands = {
      RunCommand.class,
      MigrateCommand.class,
      SimulateCommand.class,
      TeamsPackageCommand.class,
      RotateKeyCommand.class
    })
public final class Main implements Runnable {
  public static void main(String[] args) {
    String[] effective = args.length == 0 ? new String[] {"run"} : args;
    System.exit(new CommandLine(new Main()).execute(effective));
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
