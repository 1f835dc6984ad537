package dev.rituals.bench.slack;

import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import dev.rituals.bench.support.InProcessApp;
import dev.rituals.bench.support.Options;
import dev.rituals.bench.support.Outbox;
import dev.rituals.bench.support.Results;
import dev.rituals.bench.support.Seeder;
import dev.rituals.bench.support.Waits;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.TenantRef;
import dev.rituals.db.Database;
import dev.rituals.db.JooqRepositories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
    Duration limit = Duration.ofSeconds(30);
    Duration patience = Duration.ofSeconds(options.integer("wait", 120, 300));
    Path data = Files.createTempDirectory("rituals-bench-fanout");
    Clock clock = Clock.systemUTC();
    TenantRef tenant = new TenantRef(Platform.SLACK, TEAM);

    System.out.println("-- seeding " + n + " communities, rituals and Quartz triggers");
    long seedStart = System.nanoTime();
    ZonedDateTime minute;
    Duration triggerTime;
    try (Database db = InProcessApp.observer(data)) {
      Seeder seeder = new Seeder(JooqRepositories.of(db).ports(), clock);
      seeder.installation(tenant, "Bench Teachers");
      List<Community> communities =
          seeder.communities(tenant, n, i -> new ChannelRef(tenant, channel(i)));
      // Triggers take ~2-5 ms each on H2; the app needs a few seconds to start after that.
      long margin = 25 + n * 6L / 1000;
      minute =
          ZonedDateTime.now(ZoneOffset.UTC)
              .plusSeconds(margin)
              .truncatedTo(ChronoUnit.MINUTES)
              .plusMinutes(1);
      List<Ritual> rituals =
          seeder.rituals(communities, Seeder.weeklyAt(minute, Duration.ofDays(1)));
      triggerTime = seeder.triggers(db, rituals);
    }
    Instant due = minute.toInstant();
    System.out.printf(
        "   seeded in %.1f s (triggers %.1f s); all due at %s%n",
        (System.nanoTime() - seedStart) / 1e9, triggerTime.toMillis() / 1e3, due);
    results.detail("channels", n);
    results.detail("dueAt", due.toString());
    results.detail("seedSeconds", (System.nanoTime() - seedStart) / 1e9);
    results.detail("triggerSeedSeconds", triggerTime.toMillis() / 1e3);

    RateLimitedChannels slack = new RateLimitedChannels(RANDOM_429_SHARE, SEED);
    try (FakeSlackApi api = new FakeSlackApi(slack, 8);
        InProcessApp app = InProcessApp.start(data, Optional.of(api.url()), clock)) {
      long secondsLeft = Duration.between(Instant.now(), due).toSeconds();
      System.out.println("   app started; " + secondsLeft + " s until the minute");
      if (secondsLeft < 2) {
        results.note(
            "Set-up overran the minute by "
                + -secondsLeft
                + " s: the triggers fired late (misfire handling), so the timing below is not"
                + " a clean fan-out measurement.");
      }
      Waits.until(
          () -> !Instant.now().isBefore(due), Duration.ofMinutes(10), Duration.ofMillis(20));
      System.out.println("-- minute reached; waiting for " + n + " posts");
      Database db = app.database();
      Waits.until(
          () -> slack.channelsPosted() >= n || nothingLeft(db, n),
          patience,
          Duration.ofMillis(250));
      // Anything posted twice would usually come right after: keep counting a little longer.
      Waits.sleep(Duration.ofSeconds(5));
      report(n, due, limit, slack, db);
    }
    return results;
  }

  /** Every occurrence fired and nothing left to send (all sent or failed): waiting is pointless. */
  private static boolean nothingLeft(Database db, int n) {
    int occurrences = db.dsl().fetchCount(table(name("occurrence")));
    int pending =
        db.dsl()
            .fetchCount(
                table(name("outbox")),
                org.jooq.impl.DSL.field(name("state"), String.class).eq("PENDING"));
    return occurrences >= n && pending == 0;
  }

  private void report(int n, Instant due, Duration limit, RateLimitedChannels slack, Database db) {
    List<Long> delays =
        slack.firstPostTimes().stream().map(t -> t - due.toEpochMilli()).sorted().toList();
    long within = delays.stream().filter(d -> d <= limit.toMillis()).count();
    int posted = slack.channelsPosted();
    long lost = n - posted;
    long twice = slack.duplicates();
    double last = delays.isEmpty() ? Double.NaN : delays.get(delays.size() - 1) / 1000.0;
    int occurrences = db.dsl().fetchCount(table(name("occurrence")));
    results.detail("occurrences", occurrences);
    results.detail("channelsPosted", posted);
    results.detail("postedWithinLimit", within);
    results.detail("lost", lost);
    results.detail("postedTwice", twice);
    results.detail("postMessageCalls", slack.calls.get());
    results.detail("perChannel429", slack.perChannel429.get());
    results.detail("random429", slack.random429.get());
    results.detail("outbox", Outbox.states(db.dsl()));
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
                "%d of %d channels posted, %d within 30 s, last %.1f s after the minute; %d lost,"
                    + " %d twice; %d 429s served",
                posted,
                n,
                within,
                last,
                lost,
                twice,
                slack.perChannel429.get() + slack.random429.get());
    results.row(
        String.format("Fan-out: %,d prompts due in one minute across %,d Slack channels", n, n),
        "all posted within 30 s, none lost, none twice",
        measured,
        within == n && lost == 0 && twice == 0);
  }

  static String channel(int i) {
    return String.format("C0FAN%05d", i);
  }
}
