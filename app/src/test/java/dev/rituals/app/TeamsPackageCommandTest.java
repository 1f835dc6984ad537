package dev.rituals.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.app.cli.TeamsPackageCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TeamsPackageCommandTest {
  @TempDir Path dir;

  @Test
  void writesAZipWithTheManifestAndBothIcons() throws Exception {
    Path out = dir.resolve("rituals-teams.zip");
    int exit =
        new CommandLine(new TeamsPackageCommand())
            .execute("--app-id", "11111111-2222-3333-4444-555555555555", "--out", out.toString());
    assertThat(exit).isZero();
    List<String> names = new ArrayList<>();
    String manifest = "";
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(out))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        names.add(e.getName());
        if (e.getName().equals("manifest.json")) {
          manifest = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
    }
    assertThat(names).containsExactlyInAnyOrder("manifest.json", "color.png", "outline.png");
    assertThat(manifest).contains("11111111-2222-3333-4444-555555555555").contains("\"bots\"");
  }

  @Test
  void withThePublicUrlThePackageHasTheDashboardTab() throws Exception {
    Path out = dir.resolve("tab.zip");
    StringWriter stdout = new StringWriter();
    CommandLine cli = new CommandLine(new TeamsPackageCommand());
    cli.setOut(new PrintWriter(stdout));
    int exit =
        cli.execute(
            "--app-id",
            "11111111-2222-3333-4444-555555555555",
            "--public-url",
            "https://rituals.example.org",
            "--out",
            out.toString());
    assertThat(exit).isZero();
    String manifest = manifestOf(out);
    assertThat(manifest)
        .contains("\"configurationUrl\" : \"https://rituals.example.org/teams/tab/config\"")
        .contains("\"validDomains\" : [ \"rituals.example.org\" ]");
    assertThat(stdout.toString()).doesNotContain("No dashboard tab");
  }

  @Test
  void aPublicUrlThatIsNotHttpsIsRefusedWithAMessageAndNoFile() {
    for (String url : List.of("http://rituals.example.org", "not a url", "https://h/?x=1")) {
      Path out = dir.resolve("bad.zip");
      StringWriter err = new StringWriter();
      CommandLine cli = new CommandLine(new TeamsPackageCommand());
      cli.setErr(new PrintWriter(err));
      assertThat(
              cli.execute(
                  "--app-id",
                  "11111111-2222-3333-4444-555555555555",
                  "--public-url",
                  url,
                  "--out",
                  out.toString()))
          .as(url)
          .isNotZero();
      assertThat(err.toString()).contains("--public-url must be the app's https address");
      assertThat(out).doesNotExist();
    }
  }

  private static String manifestOf(Path zipFile) throws Exception {
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(zipFile))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().equals("manifest.json")) {
          return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no manifest.json in " + zipFile);
  }

  @Test
  void aWrongAppIdIsRefusedWithAMessageAndNoFile() {
    Path out = dir.resolve("x.zip");
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new TeamsPackageCommand());
    cli.setErr(new PrintWriter(err));
    assertThat(cli.execute("--app-id", "not-a-guid", "--out", out.toString())).isNotZero();
    assertThat(err.toString()).contains("--app-id must be the bot's Microsoft App ID");
    assertThat(out).doesNotExist();
  }
}
