package dev.rituals.bench.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The machine the figures come from: cores, memory, CPU, Java, and how busy it was. */
public final class Machine {
  private Machine() {}

  public static Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("nproc", Runtime.getRuntime().availableProcessors());
    m.put("memTotal", firstLine(Path.of("/proc/meminfo"), "MemTotal:"));
    m.put("cpu", firstLine(Path.of("/proc/cpuinfo"), "model name").replaceFirst("^.*:\\s*", ""));
    m.put(
        "java",
        System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.runtime.version")
            + " ("
            + System.getProperty("java.vendor")
            + ")");
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    m.put("loadAverage", loadAverage());
    m.put(
        "note",
        "2 cores shared with other engineers' builds; the load generator, fakes and app share them");
    return m;
  }

  /** 1, 5 and 15 minute load averages from /proc/loadavg. */
  public static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String firstLine(Path file, String prefix) {
    try {
      List<String> lines = Files.readAllLines(file);
      return lines.stream()
          .filter(l -> l.startsWith(prefix))
          .findFirst()
          .map(l -> l.substring(prefix.length()).trim())
          .orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
