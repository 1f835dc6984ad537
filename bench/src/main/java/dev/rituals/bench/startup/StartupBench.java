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
      runs.add(startOnce(jar, data, communities, i));
    }
    results.detail("starts", runs);
    report(runs);
    return results;
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

  private Map<String, Object> startOnce(Path jar, Path data, int communities, int index)
      throws Exception {
    int port = JavaProcess.freePort();
    Path log = options.out().resolve("logs").resolve("startup-" + index + ".log");
    Map<String, Object> run = new LinkedHashMap<>();
    try (JavaProcess app =
        JavaProcess.start(
            List.of("-jar", jar.toAbsolutePath().toString()),
            Map.of("PORT", String.valueOf(port), "RITUALS_DATA_DIR", data.toString()),
            log)) {
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
      // Let start-up's leftovers (JIT, Quartz's first acquisition) settle before reading the heap.
      JavaProcess.settle(Duration.ofSeconds(15), app);
      HeapReading heap = HeapReading.of(app.pid());
      run.put("readySeconds", nanos / 1e9);
      run.put("heapUsedAfterFullGcMb", heap.usedKb() / 1024.0);
      run.put("heapCommittedMb", heap.committedKb() / 1024.0);
      run.put("rssMb", heap.rssKb() / 1024.0);
      run.put("healthz", body);
      run.put("heapInfo", heap.raw());
      System.out.printf(
          "   start %d: /healthz 200 after %.2f s; heap after full GC %.1f MB (committed %.0f MB,"
              + " RSS %.0f MB)%n",
          index + 1,
          nanos / 1e9,
          heap.usedKb() / 1024.0,
          heap.committedKb() / 1024.0,
          heap.rssKb() / 1024.0);
    }
    return run;
  }

  private void report(List<Map<String, Object>> runs) {
    List<Double> ready = runs.stream().map(r -> (Double) r.get("readySeconds")).toList();
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

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
