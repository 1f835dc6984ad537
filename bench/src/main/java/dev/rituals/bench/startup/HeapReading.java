package dev.rituals.bench.startup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap of another JVM after a full GC, read with the JDK's own {@code jcmd}: {@code GC.run}
 * (System.gc(), a full stop-the-world collection under G1's and Serial's defaults) and then {@code
 * GC.heap_info}, whose "used NK" figures for the heap (Metaspace excluded) are summed.
 *
 * @param usedKb heap in use after the collection
 * @param committedKb heap the JVM holds from the OS
 * @param rssKb resident set size of the whole process (heap, metaspace, code, threads)
 * @param raw jcmd's heap_info text, kept in the results as evidence
 */
record HeapReading(long usedKb, long committedKb, long rssKb, String raw) {
  private static final Pattern USED = Pattern.compile("total (\\d+)K, used (\\d+)K");

  static HeapReading of(long pid) throws IOException, InterruptedException {
    jcmd(pid, "GC.run");
    String info = jcmd(pid, "GC.heap_info");
    long used = 0;
    long committed = 0;
    for (String line : info.split("\n")) {
      if (line.contains("Metaspace") || line.contains("class space")) {
        continue;
      }
      Matcher m = USED.matcher(line);
      if (m.find()) {
        committed += Long.parseLong(m.group(1));
        used += Long.parseLong(m.group(2));
      }
    }
    if (used == 0) {
      throw new IOException("no heap figures in jcmd GC.heap_info output: " + info);
    }
    return new HeapReading(used, committed, rss(pid), info.strip());
  }

  private static String jcmd(long pid, String command) throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process p =
        new ProcessBuilder(List.of(jcmd.toString(), String.valueOf(pid), command))
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("jcmd " + command + " failed: " + out);
    }
    return out;
  }

  private static long rss(long pid) {
    try {
      return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
          .filter(l -> l.startsWith("VmRSS:"))
          .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
          .findFirst()
          .orElse(-1L);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
