package dev.rituals.bench.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one benchmark run measured: rows for the README table (benchmark, target, measured, met?)
 * and the raw details, written as {@code <out>/<benchmark>-<mode>.json}.
 */
public final class Results {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** One line of the README table; {@code met} is null when there is no target to meet. */
  public record Row(String benchmark, String target, String measured, Boolean met) {}

  private final String benchmark;
  private final Options options;
  private final String startedAt = Instant.now().toString();
  private final Map<String, Object> machine = Machine.describe();
  private final List<Row> rows = new ArrayList<>();
  private final Map<String, Object> details = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();

  public Results(String benchmark, Options options) {
    this.benchmark = benchmark;
    this.options = options;
  }

  public void row(String name, String target, String measured, Boolean met) {
    rows.add(new Row(name, target, measured, met));
    System.out.printf(
        "  => %s | %s | %s | %s%n", name, target, measured, met == null ? "-" : met ? "yes" : "NO");
  }

  public void detail(String key, Object value) {
    details.put(key, value);
  }

  public void note(String note) {
    notes.add(note);
    System.out.println("  note: " + note);
  }

  public Path write(String command) throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("benchmark", benchmark);
    out.put("mode", options.mode());
    out.put("command", command);
    out.put("startedAt", startedAt);
    out.put("finishedAt", Instant.now().toString());
    out.put("machine", machine);
    out.put("loadAverageAtEnd", Machine.loadAverage());
    out.put("rows", rows);
    out.put("notes", notes);
    out.put("details", details);
    Files.createDirectories(options.out());
    Path file = options.out().resolve(benchmark + "-" + options.mode() + ".json");
    JSON.writeValue(file.toFile(), out);
    System.out.println("  results: " + file);
    return file;
  }

  public static String ms(double millis) {
    return millis >= 100 ? String.format("%.0f ms", millis) : String.format("%.2f ms", millis);
  }
}
