package dev.rituals.bench.slack;

import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import dev.rituals.bench.support.DueMinute;
import dev.rituals.bench.support.InProcessApp;
import dev.rituals.bench.support.Options;
import dev.rituals.bench.support.Outbox;
import dev.rituals.bench.support.Results;
import dev.rituals.bench.support.Waits;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.TenantRef;
import dev.rituals.db.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Benchmark 3: {@code n} communities, each meeting in its own Slack channel, each with a prompt
 * ritual due at the same minute M. Seeded through the repositories and core's Quartz scheduler
 * before Rituals starts in this JVM; then Quartz fires them, core opens the occurrences and the
 * outbox posts through the Slack gateway to a fake Web API that allows one message per second per
 * channel and answers some posts with 429 and Retry-After. Counted at the fake: every channel
 * posted once, within 30 s of M.
 */
public final class FanOutBench {
  static final String TEAM = FakeSlackApi.TEAM;
  static final double RANDOM_429_SHARE = 0.02;
  static final long SEED = 20260306L;

  private final Options options;
  private final Results results;

  public FanOutBench(Options options) {
    this.options = options;
    this.results = new Results("fanout", options);
  }

  public Results run() throws Exception {
    int n = options.integer("channels", 1000, 10_000);
    int workspaces = options.integer("workspaces", 1, 1);
    Duration apiLatency = Duration.ofMillis(options.integer("api-latency-ms", 0, 0));
    if (workspaces < 1 || workspaces > n) {
      throw new IllegalArgumentException("--workspaces must be between 1 and --channels");
    }
    Duration limit = Duration.ofSeconds(30);
    Duration patience = Duration.ofSeconds(options.integer("wait", 60, 120));
    Path data = Files.createTempDirectory("rituals-bench-fanout");
    Clock clock = Clock.systemUTC();

    System.out.printf(
        "-- seeding %d communities in %d workspace(s), rituals and Quartz triggers%n",
        n, workspaces);
    DueMinute seeded =
        DueMinute.seed(
            data,
            "Bench Teachers",
            n,
            i -> new ChannelRef(new TenantRef(Platform.SLACK, team(i, workspaces)), channel(i)),
            clock);
    results.detail("workspaces", workspaces);
    results.detail("apiLatencyMs", apiLatency.toMillis());
    Instant due = seeded.due();
    System.out.printf(
        "   seeded in %.1f s (triggers %.1f s); all due at %s%n",
        seeded.seedSeconds(), seeded.triggerSeconds(), due);
    seeded.record(results, n);

    RateLimitedChannels slack = new RateLimitedChannels(RANDOM_429_SHARE, SEED);
    try (FakeSlackApi api = new FakeSlackApi(slack, 64, apiLatency);
        InProcessApp app = InProcessApp.start(data, Optional.of(api.url()), clock)) {
      seeded.awaitMinute(results, clock);
      System.out.println("-- minute reached; waiting for " + n + " posts");
      Database db = app.database();
      Waits.until(
          () -> slack.channelsPosted() >= n || Outbox.nothingLeft(db.dsl(), n),
          patience,
          Duration.ofMillis(250));
      // Anything posted twice would usually come right after: keep counting a little longer.
      Waits.sleep(Duration.ofSeconds(5));
      report(n, workspaces, due, limit, slack, db);
    }
    return results;
  }

  private void report(
      int n, int workspaces, Instant due, Duration limit, RateLimitedChannels slack, Database db) {
    List<Long> delays =
        slack.firstPostTimes().stream().map(t -> t - due.toEpochMilli()).sorted().toList();
    long within = delays.stream().filter(d -> d <= limit.toMillis()).count();
    int posted = slack.channelsPosted();
    // Only what the outbox gave up on is lost; the rest may still arrive after the bench stops.
    int failed = Outbox.inState(db.dsl(), "FAILED");
    long twice = slack.duplicates();
    double last = delays.isEmpty() ? Double.NaN : delays.get(delays.size() - 1) / 1000.0;
    int occurrences = db.dsl().fetchCount(table(name("occurrence")));
    results.detail("occurrences", occurrences);
    results.detail("channelsPosted", posted);
    results.detail("postedWithinLimit", within);
    results.detail("notPosted", n - posted);
    results.detail("failed", failed);
    results.detail("postedTwice", twice);
    results.detail("postMessageCalls", slack.calls.get());
    results.detail("perChannel429", slack.perChannel429.get());
    results.detail("random429", slack.random429.get());
    results.detail("outbox", Outbox.states(db.dsl()));
    Map<String, Double> enqueued = Outbox.enqueued(db.dsl(), due);
    results.detail("enqueuedSecondsAfterMinute", enqueued);
    results.note(Outbox.enqueuedNote(enqueued));
    if (!delays.isEmpty()) {
      results.detail("firstPostSecondsAfterMinute", delays.get(0) / 1000.0);
      results.detail("medianPostSecondsAfterMinute", delays.get(delays.size() / 2) / 1000.0);
      results.detail("lastPostSecondsAfterMinute", last);
    }
    String measured =
        posted == 0
            ? String.format(
                "nothing posted: %d of %d occurrences opened; %s",
                occurrences, n, Outbox.summary(db.dsl()))
            : String.format(
                "%d of %d channels posted, %d within 30 s, last %.1f s after the minute; %d twice;"
                    + " %d 429s served%s",
                posted,
                n,
                within,
                last,
                twice,
                slack.perChannel429.get() + slack.random429.get(),
                Outbox.undelivered(db.dsl(), n, posted, Duration.between(due, Instant.now())));
    results.row(
        String.format(
            "Fan-out: %,d prompts due in one minute across %,d Slack channels%s",
            n, n, workspaces == 1 ? "" : String.format(" in %,d workspaces", workspaces)),
        "all posted within 30 s, none lost, none twice",
        measured,
        within == n && failed == 0 && twice == 0);
  }

  /**
   * The workspace of channel {@code i}: all in {@link #TEAM}, or spread round-robin over {@code
   * workspaces} (Slack paces chat.postMessage per workspace as well as per channel, so one
   * workspace with 10,000 channels is bound by the workspace allowance, not by Rituals).
   */
  static String team(int i, int workspaces) {
    return workspaces == 1 ? TEAM : String.format("T0BENCH%04d", i % workspaces);
  }

  static String channel(int i) {
    return String.format("C0FAN%05d", i);
  }
}
