package dev.rituals.bench.teams;

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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Benchmark 4: {@code n} communities, each in its own Teams channel of one team, each with a prompt
 * ritual due at the same minute. The bot is installed in the team once, through {@code
 * /api/messages} (the stored reference is what proactive posts to the other channels start from).
 * Quartz fires the occurrences, core writes the prompts to the outbox, and the real Teams adapter
 * sends each as a proactive Adaptive Card to a fake connector on loopback, which counts them.
 */
public final class TeamsFanOutBench {
  static final String TENANT = "tenant-bench";
  static final String GENERAL = "19:bench-general@thread.tacv2";
  static final String CHANNEL_PREFIX = "19:bench-cop-";

  private final Options options;
  private final Results results;

  public TeamsFanOutBench(Options options) {
    this.options = options;
    this.results = new Results("teams-fanout", options);
  }

  public Results run() throws Exception {
    int n = options.integer("channels", 500, 2_000);
    Duration patience = Duration.ofSeconds(options.integer("wait", 60, 120));
    Path data = Files.createTempDirectory("rituals-bench-teams");
    Clock clock = Clock.systemUTC();
    TenantRef tenant = new TenantRef(Platform.TEAMS, TENANT);

    System.out.println("-- seeding " + n + " communities in Teams channels, rituals, triggers");
    DueMinute seeded =
        DueMinute.seed(data, "Bench School", n, i -> new ChannelRef(tenant, channel(i)), clock);
    System.out.printf(
        "   seeded in %.1f s (triggers %.1f s); all due at %s%n",
        seeded.seedSeconds(), seeded.triggerSeconds(), seeded.due());
    seeded.record(results, n);

    try (FakeTeamsConnector connector = new FakeTeamsConnector(8);
        InProcessApp app = InProcessApp.start(data, Optional.empty(), clock)) {
      int installed = install(app.port(), connector.serviceUrl());
      results.detail("installStatus", installed);
      seeded.awaitMinute(results, clock);
      System.out.println("-- minute reached; waiting for " + n + " proactive prompts");
      Database db = app.database();
      Waits.until(
          () ->
              connector.conversationsReached(CHANNEL_PREFIX) >= n
                  || Outbox.nothingLeft(db.dsl(), n),
          patience,
          Duration.ofMillis(100));
      Waits.sleep(Duration.ofSeconds(3));
      report(n, seeded.due(), connector, db);
    }
    return results;
  }

  /** The bot added to the team, as Teams announces it: stores the team's reference. */
  private static int install(int port, String serviceUrl) throws Exception {
    String activity =
        """
        {"type":"conversationUpdate","id":"install-1","timestamp":"2026-03-02T08:00:00.000Z",
         "channelId":"msteams","serviceUrl":"%s",
         "from":{"id":"29:bench-admin","name":"Bench Admin","aadObjectId":"aad-admin"},
         "recipient":{"id":"28:rituals-bot","name":"Rituals"},
         "conversation":{"isGroup":true,"conversationType":"channel","tenantId":"%s","id":"%s"},
         "membersAdded":[{"id":"28:rituals-bot"}],
         "channelData":{"eventType":"teamMemberAdded","teamsChannelId":"%s","teamsTeamId":"%s",
           "channel":{"id":"%s"},"team":{"id":"%s","name":"Bench School"},"tenant":{"id":"%s"}}}
        """
            .formatted(serviceUrl, TENANT, GENERAL, GENERAL, GENERAL, GENERAL, GENERAL, TENANT);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(activity))
            .build();
    int status =
        HttpClient.newHttpClient()
            .send(request, HttpResponse.BodyHandlers.discarding())
            .statusCode();
    if (status >= 300) {
      throw new IllegalStateException("installing the bot in the team answered HTTP " + status);
    }
    return status;
  }

  private void report(int n, Instant due, FakeTeamsConnector connector, Database db) {
    List<Long> delays =
        connector.firstTimes(CHANNEL_PREFIX).stream()
            .map(t -> t - due.toEpochMilli())
            .sorted()
            .toList();
    int reached = connector.conversationsReached(CHANNEL_PREFIX);
    long twice = connector.duplicates(CHANNEL_PREFIX);
    // Only what the outbox gave up on is lost; the rest may still arrive after the bench stops.
    int failed = Outbox.inState(db.dsl(), "FAILED");
    results.detail("channelsReached", reached);
    results.detail("notDelivered", n - reached);
    results.detail("failed", failed);
    results.detail("deliveredTwice", twice);
    results.detail("connectorCalls", connector.calls.get());
    results.detail("outbox", Outbox.states(db.dsl()));
    Map<String, Double> enqueued = Outbox.enqueued(db.dsl(), due);
    results.detail("enqueuedSecondsAfterMinute", enqueued);
    results.note(Outbox.enqueuedNote(enqueued));
    String measured;
    if (delays.isEmpty()) {
      measured = "nothing delivered; " + Outbox.summary(db.dsl());
    } else {
      double first = delays.get(0) / 1000.0;
      double last = delays.get(delays.size() - 1) / 1000.0;
      double spread = last - first;
      results.detail("firstDeliverySecondsAfterMinute", first);
      results.detail("medianDeliverySecondsAfterMinute", delays.get(delays.size() / 2) / 1000.0);
      results.detail("lastDeliverySecondsAfterMinute", last);
      results.detail("deliveriesPerSecond", spread > 0 ? (reached - 1) / spread : reached);
      measured =
          String.format(
              "%d of %d delivered, %d twice; first %.1f s, last %.1f s after the minute (%.0f"
                  + " prompts/s)%s",
              reached,
              n,
              twice,
              first,
              last,
              spread > 0 ? (reached - 1) / spread : reached,
              Outbox.undelivered(db.dsl(), n, reached, Duration.between(due, Instant.now())));
    }
    results.row(
        String.format("Teams fan-out: %,d proactive prompts due in one minute", n),
        "all delivered once; time reported",
        measured,
        reached == n && failed == 0 && twice == 0);
  }

  static String channel(int i) {
    return String.format("%s%05d@thread.tacv2", CHANNEL_PREFIX, i);
  }
}
