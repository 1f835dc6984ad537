package dev.rituals.bench.slack;

import dev.rituals.bench.load.HttpConnection;
import dev.rituals.bench.load.LoadGenerator;
import dev.rituals.bench.load.LoadGenerator.RequestSource;
import dev.rituals.bench.load.LoadResult;
import dev.rituals.bench.support.JavaProcess;
import dev.rituals.bench.support.Options;
import dev.rituals.bench.support.Results;
import dev.rituals.bench.support.Waits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark 1: how fast Slack gets its acknowledgement, from Rituals ({@code java -jar
 * rituals.jar}) and from a bare Bolt app ({@link BareBoltServer}), both running as their own JVMs
 * at the same time and measured phase by phase, alternately, with the same load generator: signed
 * {@code /rituals schedule list} commands in a community's channel, and signed message events, at
 * 100, 500 and 2,000 requests/s (open loop) and at saturation (closed loop, 50 connections).
 */
public final class AckLatencyBench {
  static final String SECRET = "bench-signing-secret";
  static final String COMMUNITY_CHANNEL = "C0BENCHCOP";
  static final String CHAT_CHANNEL = "C0STAFFROOM";
  static final double[] RATES = {100, 500, 2000};
  static final int OPEN_LOOP_CONNECTIONS = 16;
  static final int SATURATION_CONNECTIONS = 50;

  private final Options options;
  private final Results results;
  private final List<Map<String, Object>> phases = new ArrayList<>();
  private JavaProcess[] processes = {};

  public AckLatencyBench(Options options) {
    this.options = options;
    this.results = new Results("ack-latency", options);
  }

  private record Target(String name, int port) {}

  public Results run() throws Exception {
    // 16 phases and 4 warm-ups: 10 s phases (1,000+ samples even at 100/s) keep bench/run's full
    // mode near 10 minutes; --duration 20 for longer phases.
    Duration phase = options.duration(Duration.ofSeconds(5), Duration.ofSeconds(10));
    Duration warmUp = options.quick() ? Duration.ofSeconds(8) : Duration.ofSeconds(10);
    String commandText = options.value("command-text").orElse("schedule list");
    Path data = Files.createTempDirectory("rituals-bench-ack");
    Path logs = options.out().resolve("logs");
    try (FakeSlackApi api = new FakeSlackApi((ch, thread, ts) -> FakeSlackApi.posted(ch, ts), 4)) {
      int appPort = JavaProcess.freePort();
      int barePort = JavaProcess.freePort();
      try (JavaProcess app =
              JavaProcess.start(
                  List.of("-jar", options.appJar().toString()),
                  appEnv(appPort, data, api),
                  logs.resolve("ack-latency-app.log"));
          JavaProcess bare =
              JavaProcess.start(
                  List.of(
                      "-cp",
                      JavaProcess.ownClassPath(),
                      BareBoltServer.class.getName(),
                      String.valueOf(barePort),
                      api.url(),
                      SECRET),
                  Map.of(),
                  logs.resolve("ack-latency-bare-bolt.log"))) {
        require(
            app.awaitHttp200(
                    "http://127.0.0.1:" + appPort + "/healthz",
                    Duration.ofSeconds(120),
                    Duration.ofMillis(100))
                >= 0,
            "the app did not become healthy; see " + logs.resolve("ack-latency-app.log"));
        Target ours = new Target("rituals", appPort);
        Target bolt = new Target("bare-bolt", barePort);
        SlackRequests signOurs = new SlackRequests(SECRET, appPort);
        SlackRequests signBare = new SlackRequests(SECRET, barePort);
        String setup =
            SlackRequests.slashCommand(
                FakeSlackApi.TEAM,
                COMMUNITY_CHANNEL,
                "U0MODERATOR",
                "community create \"Bench Science Teachers\" tz Europe/Berlin",
                api.responseUrl());
        require(
            sendUntilOk(appPort, signOurs, setup, Duration.ofSeconds(30)),
            "creating the community failed");
        require(
            sendUntilOk(barePort, signBare, setup, Duration.ofSeconds(60)),
            "the bare Bolt server did not answer; see " + logs);
        String command =
            SlackRequests.slashCommand(
                FakeSlackApi.TEAM, COMMUNITY_CHANNEL, "U0TEACHER", commandText, api.responseUrl());
        results.detail("commandText", commandText);
        processes = new JavaProcess[] {app, bare};
        measureKind(
            "command",
            List.of(ours, bolt),
            Map.of(ours, signOurs, bolt, signBare),
            (sign) -> (i, second) -> sign.form(command, second),
            phase,
            warmUp);
        AtomicLong eventIds = new AtomicLong();
        long baseSecond = System.currentTimeMillis() / 1000;
        measureKind(
            "event",
            List.of(ours, bolt),
            Map.of(ours, signOurs, bolt, signBare),
            (sign) ->
                (i, second) -> {
                  long n = eventIds.incrementAndGet();
                  return sign.json(
                      SlackRequests.messageEvent(
                          FakeSlackApi.TEAM,
                          "Ev0BENCH" + n,
                          CHAT_CHANNEL,
                          "U0T" + (n % 200),
                          "Has anyone tried exit tickets with year 9?",
                          SlackRequests.ts(baseSecond, n),
                          null),
                      second);
                },
            phase,
            warmUp);
        results.detail("phases", phases);
        results.detail("phaseSeconds", phase.toSeconds());
        results.detail("warmUpSeconds", warmUp.toSeconds());
        results.detail("appPid", app.pid());
        summarise();
      }
    }
    return results;
  }

  private interface Sources {
    RequestSource of(SlackRequests sign);
  }

  private void measureKind(
      String kind,
      List<Target> targets,
      Map<Target, SlackRequests> signers,
      Sources sources,
      Duration phase,
      Duration warmUp) {
    System.out.println("-- " + kind + ": warm-up " + warmUp.toSeconds() + " s per server");
    for (Target t : targets) {
      LoadResult warm =
          new LoadGenerator(t.port())
              .closedLoop(t.name() + " warm-up", sources.of(signers.get(t)), warmUp, 8);
      System.out.println("   " + warm.line());
      settle();
    }
    for (double rate : RATES) {
      for (Target t : targets) {
        LoadResult r =
            new LoadGenerator(t.port())
                .openLoop(
                    t.name() + " " + kind + " " + (int) rate + "/s",
                    sources.of(signers.get(t)),
                    rate,
                    phase,
                    OPEN_LOOP_CONNECTIONS);
        record(kind, t, (int) rate + "/s", r);
        settle();
      }
    }
    for (Target t : targets) {
      LoadResult r =
          new LoadGenerator(t.port())
              .closedLoop(
                  t.name() + " " + kind + " saturation",
                  sources.of(signers.get(t)),
                  phase,
                  SATURATION_CONNECTIONS);
      record(kind, t, "saturation", r);
      settle();
    }
  }

  /**
   * Events are processed after their ack: the backlog one phase leaves must not run during the next
   * one (which may be the other server's).
   */
  private void settle() {
    Duration took = JavaProcess.settle(Duration.ofSeconds(120), processes);
    if (took.toSeconds() >= 3) {
      System.out.println("   (servers idle again after " + took.toSeconds() + " s)");
    }
  }

  private void record(String kind, Target target, String load, LoadResult r) {
    System.out.println("   " + r.line());
    Map<String, Object> m = new LinkedHashMap<>(r.toMap());
    m.put("kind", kind);
    m.put("server", target.name());
    m.put("load", load);
    phases.add(m);
  }

  private Map<String, Object> phase(String kind, String server, String load) {
    return phases.stream()
        .filter(
            p ->
                p.get("kind").equals(kind)
                    && p.get("server").equals(server)
                    && p.get("load").equals(load))
        .findFirst()
        .orElseThrow();
  }

  private static double num(Map<String, Object> phase, String key) {
    return ((Number) phase.get(key)).doubleValue();
  }

  private void summarise() {
    for (String kind : List.of("command", "event")) {
      String label = kind.equals("command") ? "slash command" : "message event";
      StringBuilder p50 = new StringBuilder();
      boolean p50Met = true;
      for (double rate : RATES) {
        String load = (int) rate + "/s";
        double ours = num(phase(kind, "rituals", load), "p50Ms");
        double bare = num(phase(kind, "bare-bolt", load), "p50Ms");
        double ratio = ours / Math.max(bare, 0.001);
        p50Met &= ratio <= 1.2;
        p50.append(p50.length() == 0 ? "" : "; ")
            .append(String.format("%s: %.2f vs %.2f ms (%.2f×)", load, ours, bare, ratio));
      }
      results.row(
          "Slack ack p50, " + label + ", Rituals vs bare Bolt",
          "≤ 1.2× bare Bolt",
          p50.toString(),
          p50Met);
      Map<String, Object> at500 = phase(kind, "rituals", "500/s");
      double p99 = num(at500, "p99Ms");
      results.row(
          "Slack ack p99 at 500 req/s, " + label,
          "≤ 10 ms",
          String.format(
              "%s (bare Bolt %s), max %s, errors %d",
              Results.ms(p99),
              Results.ms(num(phase(kind, "bare-bolt", "500/s"), "p99Ms")),
              Results.ms(num(at500, "maxMs")),
              (long) num(at500, "errors")),
          p99 <= 10);
      Map<String, Object> ours = phase(kind, "rituals", "saturation");
      Map<String, Object> bare = phase(kind, "bare-bolt", "saturation");
      double ratio = num(ours, "reqPerSecond") / Math.max(1, num(bare, "reqPerSecond"));
      results.row(
          "Slack saturation throughput (50 connections), " + label,
          "≥ 0.5× bare Bolt",
          String.format(
              "%.0f vs %.0f req/s (%.2f×); p99 %s vs %s; errors %d vs %d",
              num(ours, "reqPerSecond"),
              num(bare, "reqPerSecond"),
              ratio,
              Results.ms(num(ours, "p99Ms")),
              Results.ms(num(bare, "p99Ms")),
              (long) num(ours, "errors"),
              (long) num(bare, "errors")),
          ratio >= 0.5);
    }
  }

  private static Map<String, String> appEnv(int port, Path data, FakeSlackApi api) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PORT", String.valueOf(port));
    env.put("RITUALS_DATA_DIR", data.toString());
    env.put("SLACK_BOT_TOKEN", FakeSlackApi.BOT_TOKEN);
    env.put("SLACK_SIGNING_SECRET", SECRET);
    env.put("SLACK_API_URL", api.url());
    return env;
  }

  /** Sends one signed command until it is answered 200 (the server may still be starting). */
  static boolean sendUntilOk(int port, SlackRequests sign, String body, Duration timeout) {
    return Waits.until(
        () -> {
          try (HttpConnection connection = new HttpConnection(port)) {
            return connection.exchange(sign.form(body, System.currentTimeMillis() / 1000)) == 200;
          } catch (IOException e) {
            return false;
          }
        },
        timeout,
        Duration.ofMillis(200));
  }

  static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }
}
