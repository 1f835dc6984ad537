package dev.rituals.bench.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where start-up goes, read from a {@code -Xlog:class+load:file=...:uptime} log: when each library
 * (logging, the database, migrations, jOOQ, Quartz, the platforms, Jetty) did most of its class
 * loading, which is when the app was at that step, and how many classes it loaded.
 */
final class ClassLoadTimeline {
  private static final Pattern LINE = Pattern.compile("^\\[(\\d+\\.\\d+)s\\] (\\S+) source:");
  private static final Map<String, String> STEPS = new LinkedHashMap<>();

  static {
    STEPS.put("logging (logback)", "ch.qos.logback.");
    STEPS.put("H2", "org.h2.");
    STEPS.put("Flyway", "org.flywaydb.");
    STEPS.put("jOOQ", "org.jooq.");
    STEPS.put("Quartz", "org.quartz.");
    STEPS.put("Slack (Bolt)", "com.slack.api.");
    STEPS.put("Teams (Bot Framework)", "com.microsoft.bot.");
    STEPS.put("Jetty", "org.eclipse.jetty.server.");
  }

  private ClassLoadTimeline() {}

  /**
   * Per library, in start-up order: the uptime in seconds by which half its classes were loaded (a
   * library's first class is often loaded early by a mere reference, its bulk when it starts
   * working) and how many it loaded; plus "classes" and "lastClassSeconds" for the whole JVM.
   */
  static Map<String, Object> read(Path log) throws IOException {
    Map<String, List<Double>> times = new LinkedHashMap<>();
    STEPS.keySet().forEach(step -> times.put(step, new ArrayList<>()));
    int classes = 0;
    double last = 0;
    for (String line : Files.readAllLines(log)) {
      Matcher m = LINE.matcher(line);
      if (!m.find()) {
        continue;
      }
      classes++;
      last = Double.parseDouble(m.group(1));
      for (Map.Entry<String, String> step : STEPS.entrySet()) {
        if (m.group(2).startsWith(step.getValue())) {
          times.get(step.getKey()).add(last);
        }
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    times.entrySet().stream()
        .filter(e -> !e.getValue().isEmpty())
        .sorted(Comparator.comparing(e -> median(e.getValue())))
        .forEach(
            e ->
                out.put(
                    e.getKey(),
                    Map.of(
                        "halfLoadedSeconds",
                        median(e.getValue()),
                        "classes",
                        e.getValue().size())));
    out.put("classes", classes);
    out.put("lastClassSeconds", last);
    return out;
  }

  static String describe(Map<String, Object> timeline) {
    StringBuilder text = new StringBuilder();
    timeline.forEach(
        (step, value) -> {
          if (value instanceof Map<?, ?> m) {
            text.append(text.length() == 0 ? "" : ", ")
                .append(
                    String.format(
                        "%s %.1f s (%d classes)",
                        step, m.get("halfLoadedSeconds"), m.get("classes")));
          }
        });
    return text.toString();
  }

  private static double median(List<Double> sortedTimes) {
    return sortedTimes.get(sortedTimes.size() / 2);
  }
}
