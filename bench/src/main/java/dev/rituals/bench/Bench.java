package dev.rituals.bench;

import dev.rituals.bench.support.Options;
import dev.rituals.bench.support.Results;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar bench/target/rituals-bench.jar <benchmark> [--quick] [--duration s] [--out
 * dir]}: runs one benchmark, prints its figures and writes them as JSON. {@code list} prints every
 * benchmark's name (built-in and discovered, see {@link Catalogue}); {@code report} prints the
 * Markdown table of the last results and writes the summary. Benchmarks print results; they never
 * fail a build.
 */
public final class Bench {
  static final List<String> BENCHMARKS =
      List.of("ack-latency", "ingestion", "fanout", "teams-fanout", "startup", "reports");

  private Bench() {}

  public static void main(String[] args) throws Exception {
    // Before any logger exists: the app's log lines go to a file, the console keeps the figures.
    System.setProperty("logback.configurationFile", "bench-logback.xml");
    // The fake platform APIs run on the JDK's HttpServer, which by default leaves Nagle's algorithm
    // on: a response written in two parts then waits for the client's delayed ACK, adding ~40 ms
    // to every call — latency of the fake, not of Rituals. Before any server exists.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    if (args.length == 0) {
      usage(null);
      System.exit(2);
    }
    Catalogue catalogue = Catalogue.load();
    String name = args[0];
    if (name.equals("list")) {
      catalogue.names().forEach(System.out::println);
      System.exit(0);
    }
    Options options;
    try {
      options = Options.parse(args, 1);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      usage(catalogue);
      System.exit(2);
      return;
    }
    System.setProperty("bench.log.dir", options.out().resolve("logs").toString());
    if (name.equals("report")) {
      Report.print(options, catalogue.names());
      System.exit(0);
    }
    if (!catalogue.has(name)) {
      System.err.println("unknown benchmark: " + name);
      usage(catalogue);
      System.exit(2);
    }
    String command = "java -jar bench/target/rituals-bench.jar " + String.join(" ", args);
    System.out.println("== " + name + " (" + options.mode() + ")");
    Results results = catalogue.run(name, options, rest(args));
    if (results != null) {
      results.write(command);
    }
    System.exit(0);
  }

  private static void usage(Catalogue catalogue) {
    List<String> names = catalogue == null ? BENCHMARKS : catalogue.names();
    System.err.println(
        "usage: java -jar rituals-bench.jar <"
            + String.join("|", names)
            + "|list|report> [--quick] [--duration seconds] [--out bench/results]"
            + " [--app-jar app/target/rituals.jar]");
  }

  static String[] rest(String[] args) {
    return Arrays.copyOfRange(args, 1, args.length);
  }
}
