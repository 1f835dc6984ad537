package dev.rituals.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rituals.bench.support.Options;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints the README's benchmark table (benchmark, target, measured, met?) from the JSON results of
 * one mode, with the machine they were measured on and the command that reproduces each, and writes
 * it and the summary ({@link Summary}) next to the results. {@code --failed a,b} names benchmarks
 * that did not finish in this run: they get a row saying so, never an old figure.
 */
final class Report {
  private Report() {}

  static void print(Options options, List<String> names) throws IOException {
    List<String> failed =
        Arrays.stream(options.value("failed").orElse("").split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    List<JsonNode> runs = read(options, names, failed);
    if (runs.isEmpty() && failed.isEmpty()) {
      System.out.println("No " + options.mode() + " results under " + options.out());
      return;
    }
    StringBuilder md = new StringBuilder();
    if (!runs.isEmpty()) {
      machine(md, runs.get(0), options.mode());
    }
    md.append("| benchmark | target | measured | met? |\n|---|---|---|---|\n");
    for (JsonNode run : runs) {
      for (JsonNode row : run.path("rows")) {
        JsonNode met = row.path("met");
        md.append("| ")
            .append(cell(row.path("benchmark").asText()))
            .append(" | ")
            .append(cell(row.path("target").asText()))
            .append(" | ")
            .append(cell(row.path("measured").asText()))
            .append(" | ")
            .append(met.isBoolean() ? (met.asBoolean() ? "yes" : "**no**") : "–")
            .append(" |\n");
      }
    }
    for (String name : failed) {
      md.append("| ")
          .append(name)
          .append(" | | did not finish in this run (see ")
          .append(options.out().resolve("logs").resolve(name + "-" + options.mode() + ".out"))
          .append(") | **no** |\n");
    }
    commands(md, runs);
    details(md, runs);
    System.out.print(md);
    Path file = options.out().resolve("README-table-" + options.mode() + ".md");
    Files.writeString(file, md);
    Path summary = Summary.write(options, runs, failed);
    System.out.println("\n(written to " + file + " and " + summary + ")");
  }

  /** The named benchmarks' results in catalogue order, then any other result file of the mode. */
  private static List<JsonNode> read(Options options, List<String> names, List<String> failed)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    String suffix = "-" + options.mode() + ".json";
    List<Path> files = new ArrayList<>();
    names.stream()
        .filter(n -> !failed.contains(n))
        .map(n -> options.out().resolve(n + suffix))
        .filter(Files::exists)
        .forEach(files::add);
    if (Files.isDirectory(options.out())) {
      try (Stream<Path> all = Files.list(options.out())) {
        all.filter(p -> p.getFileName().toString().endsWith(suffix))
            .filter(p -> !p.getFileName().toString().startsWith(Summary.PREFIX))
            .filter(p -> !files.contains(p))
            .filter(p -> failed.stream().noneMatch(f -> p.endsWith(f + suffix)))
            .sorted()
            .forEach(files::add);
      }
    }
    List<JsonNode> runs = new ArrayList<>();
    for (Path file : files) {
      JsonNode run = json.readTree(file.toFile());
      if (run.has("rows")) {
        runs.add(run);
      }
    }
    return runs;
  }

  private static void machine(StringBuilder md, JsonNode first, String mode) {
    JsonNode machine = first.path("machine");
    md.append("Measured ")
        .append(
            first.path("startedAt").asText("?"),
            0,
            Math.min(10, first.path("startedAt").asText("?").length()))
        .append(" (")
        .append(mode)
        .append(" mode) on ")
        .append(machine.path("nproc").asInt())
        .append(" cores (")
        .append(machine.path("cpu").asText())
        .append("), ")
        .append(machine.path("memTotal").asText())
        .append(" RAM, ")
        .append(machine.path("java").asText())
        .append(". The machine is shared with other engineers' builds; load average per run is")
        .append(" listed below. Load generator, fake Slack/Teams servers and the app share the")
        .append(" same cores.\n\n");
  }

  private static void commands(StringBuilder md, List<JsonNode> runs) {
    md.append("\n| run | command | load average (start → end) |\n|---|---|---|\n");
    for (JsonNode run : runs) {
      md.append("| ")
          .append(run.path("benchmark").asText())
          .append(" | `")
          .append(run.path("command").asText())
          .append("` | ")
          .append(run.path("machine").path("loadAverage").asText())
          .append(" → ")
          .append(run.path("loadAverageAtEnd").asText())
          .append(" |\n");
    }
  }

  private static void details(StringBuilder md, List<JsonNode> runs) {
    for (JsonNode run : runs) {
      JsonNode phases = run.path("details").path("phases");
      if (phases.isArray()) {
        md.append("\nAck latency, every phase (")
            .append(run.path("details").path("phaseSeconds").asText())
            .append(" s each; fixed rates measured from each request's intended send time):\n\n")
            .append("| kind | server | load | req/s | p50 ms | p99 ms | max ms | errors |\n")
            .append("|---|---|---|---|---|---|---|---|\n");
        for (JsonNode p : phases) {
          md.append(
              String.format(
                  "| %s | %s | %s | %.0f | %.2f | %.2f | %.2f | %d |%n",
                  p.path("kind").asText(),
                  p.path("server").asText(),
                  p.path("load").asText(),
                  p.path("reqPerSecond").asDouble(),
                  p.path("p50Ms").asDouble(),
                  p.path("p99Ms").asDouble(),
                  p.path("maxMs").asDouble(),
                  p.path("errors").asLong()));
        }
      }
      JsonNode notes = run.path("notes");
      if (notes.size() > 0) {
        md.append("\nNotes on ").append(run.path("benchmark").asText()).append(":\n");
        notes.forEach(n -> md.append("- ").append(n.asText()).append('\n'));
      }
    }
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
