package dev.rituals.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rituals.bench.support.Options;
import dev.rituals.bench.support.Results;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
  @TempDir Path out;

  private Options options(String... extra) {
    String[] args = new String[extra.length + 3];
    args[0] = "report";
    args[1] = "--out";
    args[2] = out.toString();
    System.arraycopy(extra, 0, args, 3, extra.length);
    return Options.parse(args, 1);
  }

  @Test
  void tableAndSummaryHoldEveryRowAndNameWhatDidNotFinish() throws Exception {
    Results startup = new Results("startup", options());
    startup.row("Start-up", "≤ 3 s", "2.50 s", true);
    startup.row("Heap", "≤ 256 MB", "300 MB", false);
    startup.write("java -jar bench/target/rituals-bench.jar startup");
    // an older result of a benchmark that crashed this time must not be shown
    new Results("fanout", options()).write("old fanout");

    Report.print(options("--failed", "fanout"), List.of("ack-latency", "fanout", "startup"));

    String table = Files.readString(out.resolve("README-table-full.md"));
    assertThat(table)
        .contains("| Start-up | ≤ 3 s | 2.50 s | yes |")
        .contains("| Heap | ≤ 256 MB | 300 MB | **no** |")
        .contains("| fanout | | did not finish in this run")
        .doesNotContain("old fanout");
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary-full.json").toFile());
    assertThat(summary.path("targets").asInt()).isEqualTo(2);
    assertThat(summary.path("targetsMet").asInt()).isEqualTo(1);
    assertThat(summary.path("didNotFinish").get(0).asText()).isEqualTo("fanout");
    assertThat(summary.path("benchmarks")).hasSize(1);
  }

  @Test
  void resultsOfAnotherModeAreLeftOut() throws Exception {
    new Results("startup", options("--quick")).write("quick startup");
    Results full = new Results("startup", options());
    full.row("Start-up", "≤ 3 s", "4.00 s", false);
    full.write("full startup");

    Report.print(options(), List.of("startup"));

    String table = Files.readString(out.resolve("README-table-full.md"));
    assertThat(table).contains("full startup").doesNotContain("quick startup");
  }
}
