package dev.rituals.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.rituals.bench.support.Machine;
import dev.rituals.bench.support.Options;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code summary-<mode>.json}: every row of every benchmark of one run in one file, with when and
 * how busy the machine was per benchmark, which benchmarks did not finish, and how many targets
 * were met — what the README table is filled from.
 */
final class Summary {
  static final String PREFIX = "summary-";

  private Summary() {}

  static Path write(Options options, List<JsonNode> runs, List<String> failed) throws IOException {
    List<Map<String, Object>> benchmarks = new ArrayList<>();
    int targets = 0;
    int met = 0;
    for (JsonNode run : runs) {
      Map<String, Object> b = new LinkedHashMap<>();
      b.put("benchmark", run.path("benchmark").asText());
      b.put("command", run.path("command").asText());
      b.put("startedAt", run.path("startedAt").asText());
      b.put("finishedAt", run.path("finishedAt").asText());
      b.put("loadAverageAtStart", run.path("machine").path("loadAverage").asText());
      b.put("loadAverageAtEnd", run.path("loadAverageAtEnd").asText());
      b.put("rows", run.path("rows"));
      for (JsonNode row : run.path("rows")) {
        if (row.path("met").isBoolean()) {
          targets++;
          met += row.path("met").asBoolean() ? 1 : 0;
        }
      }
      benchmarks.add(b);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("mode", options.mode());
    out.put("writtenAt", Instant.now().toString());
    out.put("machine", runs.isEmpty() ? Machine.describe() : runs.get(0).path("machine"));
    out.put("targets", targets);
    out.put("targetsMet", met);
    out.put("didNotFinish", failed);
    out.put("benchmarks", benchmarks);
    Files.createDirectories(options.out());
    Path file = options.out().resolve(PREFIX + options.mode() + ".json");
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), out);
    return file;
  }
}
