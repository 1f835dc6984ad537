package dev.rituals.bench.reports;

import dev.rituals.bench.support.Options;
import dev.rituals.bench.support.Results;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.RitualScheduler;
import dev.rituals.core.service.OccurrenceService;
import dev.rituals.core.service.OutboxSignal;
import dev.rituals.core.service.Ports;
import dev.rituals.core.service.commands.CommandService;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.CommandRequest;
import dev.rituals.db.Database;
import dev.rituals.db.JooqRepositories;
import dev.rituals.db.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code reports}: a community with 1,000,000 answers and 5,000 members (--quick: 100,000 and
 * 1,000), on H2 (the embedded default, a file database) and on embedded PostgreSQL (the one the db
 * tests use); times the {@code report} command end to end (parse, storage reads, metrics, text) for
 * the last 30 days (the default), the last 365 days and the whole history. Target: 200 ms. {@code
 * --vendor h2|postgres} runs one database only.
 */
public final class ReportsBench {
  static final long TARGET_MS = 200;
  static final Instant END = Instant.parse("2026-06-30T20:00:00Z");
  static final List<String> RANGES =
      List.of("report", "report 2025-07-01..2026-06-30", "report 2000-01-01..2026-06-30");

  private final Options options;
  private final Results results;

  public ReportsBench(Options options) {
    this.options = options;
    this.results = new Results("reports", options);
  }

  public Results run() throws Exception {
    long answers = options.quick() ? 100_000 : 1_000_000;
    int members = options.quick() ? 1_000 : 5_000;
    int runs = (int) options.integer("runs", 5, 15);
    results.detail("answers", answers);
    results.detail("members", members);
    String vendor = options.value("vendor").orElse("both");
    if (!vendor.equals("postgres")) {
      Path h2Dir = Files.createTempDirectory("rituals-bench-h2");
      measure("H2 (file)", Database.h2File(h2Dir), answers, members, runs);
    }
    if (!vendor.equals("h2")) {
      measure("PostgreSQL (embedded)", TestDatabases.postgres(), answers, members, runs);
    }
    return results;
  }

  private void measure(String vendor, Database database, long answers, int members, int runs)
      throws Exception {
    try (database) {
      Ports ports = JooqRepositories.of(database).ports();
      long t0 = System.nanoTime();
      var generated = new CommunityGenerator(42).write(database, ports, members, answers, END);
      long loadMs = (System.nanoTime() - t0) / 1_000_000;
      System.out.printf(
          "  %s: wrote %,d answers, %,d members in %,d ms%n",
          vendor, generated.answers(), members, loadMs);
      Clock clock = Clock.fixed(END.plusSeconds(3600), ZoneOffset.UTC);
      CommandService commands =
          new CommandService(
              ports,
              NO_SCHEDULER,
              new OccurrenceService(ports, NO_SCHEDULER, clock, OutboxSignal.NONE),
              clock);
      Map<String, Object> detail = new LinkedHashMap<>();
      detail.put("loadMs", loadMs);
      for (String range : RANGES) {
        CommandRequest request =
            new CommandRequest(
                new UserRef(CommunityGenerator.TENANT, "U0"),
                "Moderator",
                Optional.of(new ChannelRef(CommunityGenerator.TENANT, "CBENCH")),
                range,
                true,
                Optional.empty());
        for (int i = 0; i < 3; i++) {
          check(commands.handle(request));
        }
        long[] ms = new long[runs];
        for (int i = 0; i < runs; i++) {
          long s = System.nanoTime();
          check(commands.handle(request));
          ms[i] = (System.nanoTime() - s) / 1_000_000;
        }
        Arrays.sort(ms);
        long median = ms[runs / 2];
        long max = ms[runs - 1];
        results.row(
            "reports: `"
                + range
                + "` on "
                + vendor
                + ", "
                + String.format("%,d", answers)
                + " answers",
            "≤ " + TARGET_MS + " ms",
            "median "
                + median
                + " ms, best "
                + ms[0]
                + " ms, max "
                + max
                + " ms ("
                + runs
                + " runs)",
            median <= TARGET_MS);
        detail.put(
            range, Map.of("medianMs", median, "bestMs", ms[0], "maxMs", max, "allMs", toList(ms)));
      }
      detail.put("breakdownLast365DaysMs", breakdown(database, generated));
      results.detail(vendor, detail);
    }
  }

  /**
   * Where the time goes: each read of a one-year report on its own, and the whole history's read
   * (best of 3).
   */
  private static Map<String, Long> breakdown(Database database, CommunityGenerator.Generated g) {
    var queries = JooqRepositories.of(database).participation();
    var members = JooqRepositories.of(database).members();
    Instant from = END.minus(java.time.Duration.ofDays(365));
    Map<String, java.util.function.Supplier<Object>> parts = new LinkedHashMap<>();
    parts.put("members", () -> members.findByCommunity(g.community()));
    var occurrences = JooqRepositories.of(database).occurrences();
    parts.put("occurrences", () -> occurrences.findByCommunity(g.community(), from, END));
    parts.put("participation", () -> queries.participation(g.community(), from, END));
    parts.put("firstAnsweredSince", () -> queries.firstAnsweredSince(g.community(), from));
    Instant ever = Instant.parse("2000-01-01T00:00:00Z");
    parts.put("participationWholeHistory", () -> queries.participation(g.community(), ever, END));
    Map<String, Long> ms = new LinkedHashMap<>();
    parts.forEach(
        (name, part) -> {
          long best = Long.MAX_VALUE;
          for (int i = 0; i < 3; i++) {
            long s = System.nanoTime();
            part.get();
            best = Math.min(best, (System.nanoTime() - s) / 1_000_000);
          }
          ms.put(name, best);
        });
    System.out.println("  breakdown (one year, best of 3, ms): " + ms);
    return ms;
  }

  private static void check(CommandReply reply) {
    if (reply.outcome() != CommandReply.Outcome.OK || !reply.text().contains("Answers:")) {
      throw new IllegalStateException("the report failed: " + reply.text());
    }
  }

  private static List<Long> toList(long[] values) {
    List<Long> out = new ArrayList<>();
    for (long v : values) {
      out.add(v);
    }
    return out;
  }

  /** Reports never schedule anything. */
  private static final RitualScheduler NO_SCHEDULER =
      new RitualScheduler() {
        @Override
        public void schedule(Ritual ritual) {}

        @Override
        public void unschedule(RitualId ritual) {}

        @Override
        public void fireNow(RitualId ritual, Instant scheduledFor) {}

        @Override
        public void scheduleStep(
            String stepKey, String stepType, String occurrenceId, Instant at) {}

        @Override
        public List<ZonedDateTime> nextFireTimes(Ritual ritual, Instant after, int count) {
          return List.of();
        }
      };
}
