package dev.rituals.bench.slack;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import dev.rituals.bench.load.HttpConnection;
import dev.rituals.bench.load.LoadGenerator;
import dev.rituals.bench.load.LoadGenerator.RequestSource;
import dev.rituals.bench.load.LoadResult;
import dev.rituals.bench.support.InProcessApp;
import dev.rituals.bench.support.Options;
import dev.rituals.bench.support.Outbox;
import dev.rituals.bench.support.Results;
import dev.rituals.bench.support.Waits;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.Prompt;
import dev.rituals.core.service.Ports;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.DSLContext;
import org.jooq.Record2;

/**
 * Benchmark 2: answers arriving as thread replies under a posted prompt, 2,000 per second through
 * {@code /slack/events}, against Rituals running in this JVM on its H2 file database. Set-up goes
 * through the real front door (signed {@code /rituals community create} and {@code ask now}; the
 * prompt is posted to the fake Slack API by the outbox). Afterwards every acknowledged answer must
 * be in the database exactly once.
 */
public final class IngestionBench {
  static final String CHANNEL = "C0INGEST";
  static final int AUTHORS = 500;

  private final Options options;
  private final Results results;

  public IngestionBench(Options options) {
    this.options = options;
    this.results = new Results("ingestion", options);
  }

  public Results run() throws Exception {
    Duration duration = options.duration(Duration.ofSeconds(10), Duration.ofSeconds(60));
    double rate = options.integer("rate", 2000, 2000);
    Duration warmUp = options.quick() ? Duration.ofSeconds(3) : Duration.ofSeconds(10);
    AtomicReference<String> promptTs = new AtomicReference<>();
    FakeSlackApi.PostPolicy policy =
        (channel, thread, ts) -> {
          if (channel.equals(CHANNEL) && thread == null) {
            promptTs.compareAndSet(null, ts);
          }
          return FakeSlackApi.posted(channel, ts);
        };
    try (FakeSlackApi api = new FakeSlackApi(policy, 4);
        InProcessApp app =
            InProcessApp.start(
                Files.createTempDirectory("rituals-bench-ingest"),
                Optional.of(api.url()),
                Clock.systemUTC())) {
      SlackRequests sign = new SlackRequests(InProcessApp.SIGNING_SECRET, app.port());
      command(app.port(), sign, api, "community create \"Ingestion CoP\" tz Europe/London");
      command(app.port(), sign, api, "ask now \"What worked in your classroom this week?\"");
      if (!Waits.until(
          () -> promptTs.get() != null, Duration.ofSeconds(15), Duration.ofMillis(50))) {
        linkPromptDirectly(app, promptTs);
      }
      MessageRef promptMessage =
          new MessageRef(ChannelRef.of(Platform.SLACK, FakeSlackApi.TEAM, CHANNEL), promptTs.get());
      AtomicReference<Prompt> prompt = new AtomicReference<>();
      AckLatencyBench.require(
          Waits.until(
              () -> {
                app.ports().occurrences().findPromptByMessage(promptMessage).ifPresent(prompt::set);
                return prompt.get() != null;
              },
              Duration.ofSeconds(30),
              Duration.ofMillis(50)),
          "the app never recorded where the prompt was posted");
      String occurrence = prompt.get().occurrenceId().toString();

      Set<String> acked = ConcurrentHashMap.newKeySet();
      long baseSecond = System.currentTimeMillis() / 1000 - 60;
      String runTag = Long.toString(System.currentTimeMillis(), 36);
      RequestSource warmSource = answers(sign, promptTs.get(), baseSecond, runTag + "w", 5_000_000);
      RequestSource source = answers(sign, promptTs.get(), baseSecond, runTag, 0);
      System.out.println("-- warm-up " + warmUp.toSeconds() + " s at 1,000 answers/s");
      LoadResult warm =
          new LoadGenerator(app.port(), i -> acked.add(key(baseSecond, 5_000_000 + i)))
              .openLoop("warm-up", warmSource, 1000, warmUp, 16);
      System.out.println("   " + warm.line());
      waitForAnswers(app.database().dsl(), occurrence, acked.size(), Duration.ofSeconds(120));
      System.out.printf("-- %.0f answers/s for %d s%n", rate, duration.toSeconds());
      long start = System.nanoTime();
      LoadResult load =
          new LoadGenerator(app.port(), i -> acked.add(key(baseSecond, i)))
              .openLoop("answers " + (int) rate + "/s", source, rate, duration, 16);
      long loadDone = System.nanoTime();
      System.out.println("   " + load.line());
      // Bounded so bench/run stays bounded: a backlog still being stored is reported as such.
      Duration drain = Duration.ofSeconds(options.integer("drain", 60, 150));
      long stored = waitForAnswers(app.database().dsl(), occurrence, acked.size(), drain);
      long allStored = System.nanoTime();
      Waits.sleep(Duration.ofSeconds(2));
      boolean stillStoring = countAnswers(app.database().dsl(), occurrence) > stored;
      results.detail("stillStoringWhenStopped", stillStoring);
      check(app.database().dsl(), occurrence, acked, load, warm);
      if (stillStoring) {
        results.note(
            String.format(
                "The app was still storing acknowledged answers when the bench stopped waiting"
                    + " (%d s after the last ack): the 'missing' ones were a backlog, not lost.",
                drain.toSeconds()));
      }
      results.detail("load", load.toMap());
      results.detail("warmUp", warm.toMap());
      results.detail("storedAnswers", stored);
      results.detail(
          "secondsFromLastAckToAllStored", Math.round((allStored - loadDone) / 1e6) / 1000.0);
      results.detail("storedPerSecondOverall", Math.round(load.ok() / ((allStored - start) / 1e9)));
      results.detail("usersInfoCalls", api.usersInfoCalls());
    }
    return results;
  }

  /**
   * The outbox did not post the prompt (see the note): record where it "was posted" as the outbox
   * would have, so answers can be measured anyway.
   */
  private void linkPromptDirectly(InProcessApp app, AtomicReference<String> promptTs) {
    Ports ports = app.ports();
    ChannelRef channel = ChannelRef.of(Platform.SLACK, FakeSlackApi.TEAM, CHANNEL);
    Community community = ports.communities().findByChannel(channel).orElseThrow();
    Occurrence open =
        ports.occurrences().findOpen(community.id(), Instant.now()).stream()
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("ask now opened no occurrence"));
    Prompt prompt = ports.occurrences().findPrompts(open.id()).get(0);
    String ts = "1700000000.999999";
    ports.occurrences().addPromptMessage(prompt.id(), new MessageRef(channel, ts));
    promptTs.set(ts);
    results.note(
        "The outbox never posted the ask-now prompt to the fake Slack API ("
            + Outbox.summary(app.database().dsl())
            + "); the prompt's message ref was recorded directly through the repositories so"
            + " the answer path could still be measured.");
  }

  private RequestSource answers(
      SlackRequests sign, String threadTs, long baseSecond, String tag, long offset) {
    return (i, second) -> {
      long n = offset + i;
      return sign.json(
          SlackRequests.messageEvent(
              FakeSlackApi.TEAM,
              "Ev" + tag + "x" + i,
              CHANNEL,
              "U0A" + (n % AUTHORS),
              "Exit tickets told me who needed a second example (" + n + ")",
              SlackRequests.ts(baseSecond, n),
              threadTs),
          second);
    };
  }

  private static String key(long baseSecond, long n) {
    return CHANNEL + ":" + SlackRequests.ts(baseSecond, n);
  }

  private void check(
      DSLContext dsl, String occurrence, Set<String> acked, LoadResult load, LoadResult warm) {
    var answer = table(name("answer"));
    var occurrenceId = field(name("occurrence_id"), java.util.UUID.class);
    var sourceKey = field(name("source_key"), String.class);
    Record2<Integer, Integer> counts =
        dsl.select(count(), countDistinct(sourceKey))
            .from(answer)
            .where(occurrenceId.eq(java.util.UUID.fromString(occurrence)))
            .fetchOne();
    Set<String> stored =
        new HashSet<>(
            dsl.select(sourceKey)
                .from(answer)
                .where(occurrenceId.eq(java.util.UUID.fromString(occurrence)))
                .fetch(sourceKey));
    long missing = acked.stream().filter(k -> !stored.contains(k)).count();
    long unexpected = stored.stream().filter(k -> !acked.contains(k)).count();
    long rows = counts.value1();
    long duplicates = rows - counts.value2();
    results.detail("acknowledged", acked.size());
    results.detail("rows", rows);
    results.detail("missing", missing);
    results.detail("duplicates", duplicates);
    results.detail("storedButNotAcknowledged", unexpected);
    results.row(
        "Answer ingestion: "
            + (int) (load.ok() / load.seconds())
            + " answers/s for "
            + Math.round(load.seconds())
            + " s, every answer stored once",
        "all stored exactly once",
        String.format(
            "%d acknowledged (incl. %d warm-up), %d rows stored, %d missing, %d duplicates,"
                + " %d request errors, %d not sent (server too far behind)",
            acked.size(),
            warm.ok(),
            rows,
            missing,
            duplicates,
            load.errors() + warm.errors(),
            load.unsent() + warm.unsent()),
        missing == 0 && duplicates == 0 && load.errors() == 0 && load.unsent() == 0);
    results.row(
        "Answer ingestion: ack p99 at " + (int) Math.round(load.ratePerSecond()) + " answers/s",
        "≤ 20 ms",
        String.format(
            "p99 %s, p50 %s, max %s",
            Results.ms(load.p99Millis()),
            Results.ms(load.p50Millis()),
            Results.ms(load.maxMillis())),
        load.p99Millis() <= 20);
  }

  private static long countAnswers(DSLContext dsl, String occurrence) {
    return dsl.fetchCount(
        table(name("answer")),
        field(name("occurrence_id"), java.util.UUID.class)
            .eq(java.util.UUID.fromString(occurrence)));
  }

  /** Waits until the occurrence has {@code expected} answers or their number stops growing. */
  private static long waitForAnswers(
      DSLContext dsl, String occurrence, long expected, Duration timeout) {
    var answer = table(name("answer"));
    var occurrenceId = field(name("occurrence_id"), java.util.UUID.class);
    long[] last = {-1};
    long[] unchangedSince = {System.nanoTime()};
    Waits.until(
        () -> {
          long now = dsl.fetchCount(answer, occurrenceId.eq(java.util.UUID.fromString(occurrence)));
          if (now != last[0]) {
            last[0] = now;
            unchangedSince[0] = System.nanoTime();
          }
          return now >= expected || System.nanoTime() - unchangedSince[0] > 20e9;
        },
        timeout,
        Duration.ofMillis(250));
    return last[0];
  }

  private static void command(int port, SlackRequests sign, FakeSlackApi api, String text)
      throws IOException {
    String body =
        SlackRequests.slashCommand(
            FakeSlackApi.TEAM, CHANNEL, "U0MODERATOR", text, api.responseUrl());
    try (HttpConnection connection = new HttpConnection(port)) {
      int status = connection.exchange(sign.form(body, System.currentTimeMillis() / 1000));
      AckLatencyBench.require(status == 200, "/rituals " + text + " answered " + status);
    }
  }
}
