package dev.rituals.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rituals.bench.support.Options;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the README's benchmark table (benchmark, target, measured, met?) from the JSON results of
 * one mode, with the machine they were measured on and the command that reproduces each.
 */
final class Report {
  private Report() {}

  static void print(Options options) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> runs = new ArrayList<>();
    for (String name : Bench.BENCHMARKS) {
      Path file = options.out().resolve(name + "-" + options.mode() + ".json");
      if (Files.exists(file)) {
        runs.add(json.readTree(file.toFile()));
      }
    }
    if (runs.isEmpty()) {
      System.out.println("No " + options.mode() + " results under " + options.out());
      return;
    }
    JsonNode machine = runs.get(0).get("machine");
    StringBuilder md = new StringBuilder();
    md.append("Measured ")
        .append(runs.get(0).get("startedAt").asText(), 0, 10)
        .append(" (")
        .append(options.mode())
        .append(" mode) on ")
        .append(machine.get("nproc").asInt())
        .append(" cores (")
        .append(machine.get("cpu").asText())
        .append("), ")
        .append(machine.get("memTotal").asText())
        .append(" RAM, ")
        .append(machine.get("java").asText())
        .append(". The machine is shared with other engineers' builds; load average per run is")
        .append(" listed below. Load generator, fake Slack/Teams servers and the app share the")
        .append(" same 2 cores.\n\n");
    md.append("| benchmark | target | measured | met? |\n|---|---|---|---|\n");
    for (JsonNode run : runs) {
      for (JsonNode row : run.get("rows")) {
        JsonNode met = row.get("met");
        md.append("| ")
            .append(cell(row.get("benchmark").asText()))
            .append(" | ")
            .append(cell(row.get("target").asText()))
            .append(" | ")
            .append(cell(row.get("measured").asText()))
            .append(" | ")
            .append(met == null || met.isNull() ? "–" : met.asBoolean() ? "yes" : "**no**")
            .append(" |\n");
      }
    }
    md.append("\n| run | command | load average (start → end) |\n|---|---|---|\n");
    for (JsonNode run : runs) {
      md.append("| ")
          .append(run.get("benchmark").asText())
          .append(" | `")
          .append(run.get("command").asText())
          .append("` | ")
          .append(run.get("machine").get("loadAverage").asText())
          .append(" → ")
          .append(run.get("loadAverageAtEnd").asText())
          .append(" |\n");
    }
    for (JsonNode run : runs) {
      JsonNode phases = run.get("details").get("phases");
      if (phases != null && phases.isArray()) {
        md.append("\nAck latency, every phase (")
            .append(run.get("details").get("phaseSeconds").asText())
            .append(" s each; fixed rates measured from each request's intended send time):\n\n")
            .append("| kind | server | load | req/s | p50 ms | p99 ms | max ms | errors |\n")
            .append("|---|---|---|---|---|---|---|---|\n");
        for (JsonNode p : phases) {
          md.append(
              String.format(
                  "| %s | %s | %s | %.0f | %.2f | %.2f | %.2f | %d |%n",
                  p.get("kind").asText(),
                  p.get("server").asText(),
                  p.get("load").asText(),
                  p.get("reqPerSecond").asDouble(),
                  p.get("p50Ms").asDouble(),
                  p.get("p99Ms").asDouble(),
                  p.get("maxMs").asDouble(),
                  p.get("errors").asLong()));
        }
      }
      JsonNode notes = run.get("notes");
      if (notes != null && notes.size() > 0) {
        md.append("\nNotes on ").append(run.get("benchmark").asText()).append(":\n");
        notes.forEach(n -> md.append("- ").append(n.asText()).append('\n'));
      }
    }
    System.out.print(md);
    Path file = options.out().resolve("README-table-" + options.mode() + ".md");
    Files.writeString(file, md);
    System.out.println("\n(written to " + file + ")");
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
