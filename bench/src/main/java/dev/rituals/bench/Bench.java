package dev.rituals.bench;

import dev.rituals.bench.pairing.PairingBench;
import dev.rituals.bench.slack.AckLatencyBench;
import dev.rituals.bench.slack.IngestionBench;
import dev.rituals.bench.support.Options;
import dev.rituals.bench.support.Results;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar bench/target/rituals-bench.jar <benchmark> [--quick] [--duration s] [--out
 * dir]}: runs one benchmark, prints its figures and writes them as JSON. {@code report} prints the
 * Markdown table of the last results. Benchmarks print results; they never fail a build.
 */
public final class Bench {
  static final List<String> BENCHMARKS =
      List.of("ack-latency", "ingestion", "fanout", "teams-fanout", "startup", "pairing");

  private Bench() {}

  public static void main(String[] args) throws Exception {
    // Before any logger exists: the app's log lines go to a file, the console keeps the figures.
    System.setProperty("logback.configurationFile", "bench-logback.xml");
    if (args.length == 0) {
      usage();
      System.exit(2);
    }
    Options options;
    try {
      options = Options.parse(args, 1);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      usage();
      System.exit(2);
      return;
    }
    System.setProperty("bench.log.dir", options.out().resolve("logs").toString());
    String name = args[0];
    String command = "java -jar bench/target/rituals-bench.jar " + String.join(" ", args);
    System.out.println("== " + name + " (" + options.mode() + ")");
    Results results =
        switch (name) {
          case "ack-latency" -> new AckLatencyBench(options).run();
          case "ingestion" -> new IngestionBench(options).run();
          case "pairing" -> new PairingBench(options).run();
          case "report" -> {
            Report.print(options);
            yield null;
          }
          default -> {
            System.err.println("unknown benchmark: " + name);
            usage();
            System.exit(2);
            yield null;
          }
        };
    if (results != null) {
      results.write(command);
    }
    System.exit(0);
  }

  private static void usage() {
    System.err.println(
        "usage: java -jar rituals-bench.jar <"
            + String.join("|", BENCHMARKS)
            + "|report> [--quick] [--duration seconds] [--out bench/results] [--app-jar app/target/rituals.jar]");
  }

  static String[] rest(String[] args) {
    return Arrays.copyOfRange(args, 1, args.length);
  }
}
