package dev.rituals.bench.startup;

import dev.rituals.bench.support.InProcessApp;
import dev.rituals.bench.support.JavaProcess;
import dev.rituals.bench.support.Options;
import dev.rituals.bench.support.Results;
import dev.rituals.bench.support.Seeder;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.TenantRef;
import dev.rituals.db.Database;
import dev.rituals.db.JooqRepositories;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark 5: {@code java -jar app/target/rituals.jar} started as a child process, exactly as the
 * README runs it (default JVM flags), on an H2 file database already holding 1,000 communities with
 * a weekly ritual and Quartz trigger each. Measured: wall time from process start to the first 200
 * from {@code /healthz} (database up, scheduler started), and the heap after a full GC once ready.
 * Several starts on the same database; the first is reported separately (cold file cache).
 */
public final class StartupBench {
  private final Options options;
  private final Results results;

  public StartupBench(Options options) {
    this.options = options;
    this.results = new Results("startup", options);
  }

  public Results run() throws Exception {
    int communities = options.integer("communities", 1000, 1000);
    int starts = options.integer("starts", 2, 3);
    Path jar = options.appJar();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar + " not found: build first (mvn -B -q -DskipTests package)");
    }
    Path data = Files.createTempDirectory("rituals-bench-startup");
    System.out.println("-- seeding " + communities + " communities with a ritual and trigger each");
    seed(data, communities);
    results.detail("communities", communities);
    results.detail("jar", jar.toString());

    List<Map<String, Object>> runs = new ArrayList<>();
    for (int i = 0; i < starts; i++) {
      runs.add(startOnce(jar, data, communities, "start-" + i, List.of(), true));
    }
    results.detail("starts", runs);
    report(runs);
    if (!options.value("cds").orElse("true").equals("false")) {
      withClassDataSharing(jar, data, communities, median(readyOf(runs.subList(1, runs.size()))));
    }
    return results;
  }

  /**
   * Not how the README runs it, so no target: one training start that records the classes it loads
   * (and when, for the timeline of where start-up goes) into an AppCDS archive, then one start from
   * that archive. Shows what a {@code -XX:SharedArchiveFile} in the launch would buy.
   */
  private void withClassDataSharing(Path jar, Path data, int communities, double defaultReady)
      throws Exception {
    Path dir = Files.createTempDirectory("rituals-bench-cds");
    Path archive = dir.resolve("rituals.jsa");
    Path classes = dir.resolve("classes.log");
    startOnce(
        jar,
        data,
        communities,
        "cds-training",
        List.of(
            "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:class+load:file=" + classes + ":uptime"),
        false);
    Map<String, Object> timeline = ClassLoadTimeline.read(classes);
    results.detail("classLoadTimeline", timeline);
    results.note(
        "Where start-up goes (JVM uptime by which half of each library's classes were loaded,"
            + " in the training start, which logs class loading and so is slower than the timed"
            + " ones): "
            + ClassLoadTimeline.describe(timeline)
            + "; "
            + timeline.get("classes")
            + " classes loaded.");
    if (!Files.isRegularFile(archive)) {
      results.note("No AppCDS archive was written at the training start's exit; not measured.");
      return;
    }
    Map<String, Object> cds =
        startOnce(
            jar, data, communities, "cds", List.of("-XX:SharedArchiveFile=" + archive), false);
    results.detail("cdsStart", cds);
    results.row(
        "Start-up with an AppCDS archive (-XX:SharedArchiveFile; not the README's launch)",
        "– (what the flag would buy)",
        String.format(
            "%.2f s (default launch %.2f s)", (Double) cds.get("readySeconds"), defaultReady),
        null);
  }

  private static void seed(Path data, int n) throws Exception {
    Clock clock = Clock.systemUTC();
    TenantRef tenant = new TenantRef(Platform.SLACK, "T0STARTUP");
    try (Database db = InProcessApp.observer(data)) {
      Seeder seeder = new Seeder(JooqRepositories.of(db).ports(), clock);
      seeder.installation(tenant, "Startup School");
      List<Community> all =
          seeder.communities(
              tenant, n, i -> new ChannelRef(tenant, String.format("C0START%05d", i)));
      ZonedDateTime friday = ZonedDateTime.now(ZoneOffset.UTC).with(LocalTime.of(7, 0)).plusDays(7);
      seeder.triggers(db, seeder.rituals(all, Seeder.weeklyAt(friday, Duration.ofDays(1))));
    }
  }

  private Map<String, Object> startOnce(
      Path jar, Path data, int communities, String label, List<String> jvmFlags, boolean readHeap)
      throws Exception {
    int port = JavaProcess.freePort();
    Path log = options.out().resolve("logs").resolve("startup-" + label + ".log");
    Map<String, Object> run = new LinkedHashMap<>();
    List<String> args = new ArrayList<>(jvmFlags);
    args.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
    try (JavaProcess app =
        JavaProcess.start(
            args, Map.of("PORT", String.valueOf(port), "RITUALS_DATA_DIR", data.toString()), log)) {
      String health = "http://127.0.0.1:" + port + "/healthz";
      long nanos = app.awaitHttp200(health, Duration.ofSeconds(120), Duration.ofMillis(10));
      if (nanos < 0) {
        throw new IllegalStateException("the app never answered /healthz; see " + log);
      }
      String body =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(health)).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      if (!body.contains("\"communities\":" + communities)) {
        throw new IllegalStateException("/healthz does not report the seeded communities: " + body);
      }
      run.put("label", label);
      run.put("readySeconds", nanos / 1e9);
      if (!readHeap) {
        System.out.printf("   %s: /healthz 200 after %.2f s%n", label, nanos / 1e9);
        return run;
      }
      // Let start-up's leftovers (JIT, Quartz's first acquisition) settle before reading the heap.
      JavaProcess.settle(Duration.ofSeconds(15), app);
      HeapReading heap = HeapReading.of(app.pid());
      run.put("heapUsedAfterFullGcMb", heap.usedKb() / 1024.0);
      run.put("heapCommittedMb", heap.committedKb() / 1024.0);
      run.put("rssMb", heap.rssKb() / 1024.0);
      run.put("healthz", body);
      run.put("heapInfo", heap.raw());
      System.out.printf(
          "   %s: /healthz 200 after %.2f s; heap after full GC %.1f MB (committed %.0f MB,"
              + " RSS %.0f MB)%n",
          label,
          nanos / 1e9,
          heap.usedKb() / 1024.0,
          heap.committedKb() / 1024.0,
          heap.rssKb() / 1024.0);
    }
    return run;
  }

  private void report(List<Map<String, Object>> runs) {
    List<Double> ready = readyOf(runs);
    List<Double> heap = runs.stream().map(r -> (Double) r.get("heapUsedAfterFullGcMb")).toList();
    List<Double> warm = ready.size() > 1 ? ready.subList(1, ready.size()) : ready;
    double medianWarm = median(warm);
    double maxHeap = heap.stream().mapToDouble(d -> d).max().orElse(Double.NaN);
    results.detail("readySecondsFirst", ready.get(0));
    results.detail("readySecondsMedianLater", medianWarm);
    results.detail("heapUsedAfterFullGcMbMax", maxHeap);
    results.row(
        "Start-up: `java -jar` to `/healthz` 200, 1,000 communities in H2",
        "≤ 3 s",
        String.format(
            "%.2f s (median of %d later starts; first start %.2f s)",
            medianWarm, warm.size(), ready.get(0)),
        medianWarm <= 3.0);
    results.row(
        "Heap after a full GC, once ready (jcmd GC.run + GC.heap_info)",
        "≤ 256 MB",
        String.format(
            "%.1f MB (largest of %d starts; RSS %.0f MB)",
            maxHeap, runs.size(), (Double) runs.get(runs.size() - 1).get("rssMb")),
        maxHeap <= 256.0);
    results.note(
        "Start-up timed from process start to the first 200 from /healthz, polled every 10 ms;"
            + " default JVM flags, as the README runs it. Heap read with jcmd after GC.run"
            + " (System.gc(): a full collection under G1) and after the process went idle.");
  }

  private static List<Double> readyOf(List<Map<String, Object>> runs) {
    return runs.stream().map(r -> (Double) r.get("readySeconds")).toList();
  }

  private static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
