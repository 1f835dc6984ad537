package dev.rituals.app.cli;

import dev.rituals.teams.TeamsAppPackage;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Writes the Teams app package (manifest.json + icons) to upload in Teams. */
@Command(
    name = "teams-package",
    description = "Write the Teams app package (manifest.json, color.png, outline.png) as a zip.")
public final class TeamsPackageCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--app-id", required = true, description = "The bot's Microsoft App ID (a GUID).")
  String appId;

  @Option(
      names = "--out",
      defaultValue = "rituals-teams.zip",
      description = "Zip file to write (default ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--version",
      defaultValue = "1.0.0",
      description =
          "Package version; bump it to update the app in Teams (default ${DEFAULT-VALUE}).")
  String version;

  @Option(
      names = "--public-url",
      description =
          "The app's public https address (RITUALS_PUBLIC_URL); adds the dashboard tab and the"
              + " domain its pages come from. Without it the package has no tab.")
  String publicUrl;

  @Override
  public Integer call() throws Exception {
    TeamsAppPackage appPackage;
    try {
      appPackage =
          new TeamsAppPackage(appId, version, TeamsAppPackage.Developer.PLACEHOLDER, publicUrl());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    appPackage.write(out);
    var stdout = spec.commandLine().getOut();
    stdout.println(
        "Wrote "
            + out.toAbsolutePath().normalize()
            + ". In Teams: Apps > Manage your apps > Upload an app.");
    if (publicUrl == null) {
      stdout.println(
          "No dashboard tab: give --public-url https://... (the address Teams reaches the app at).");
    }
    return 0;
  }

  private Optional<URI> publicUrl() {
    if (publicUrl == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new URI(publicUrl.strip()));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "--public-url must be the app's https address, like https://rituals.example.org");
    }
  }
}
