package dev.rituals.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rituals.core.model.OutboxState;
import dev.rituals.slack.FakeSlackApi;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scrapes {@code /metrics} of the running app after real traffic: Slack commands (answered and
 * refused), a Teams activity, a question delivered through the outbox and one Slack refuses for
 * good. Every meter the README lists is there, in the Prometheus text format, with the counts the
 * traffic implies.
 */
public class MetricsEndpointTest {
  @TempDir Path dataDir;

  @Test
  void aScrapeShowsRequestsLatencyOutboxAndDeliveriesAsTrafficHappened() throws Exception {
    try (LiveApp live = new LiveApp(dataDir)) {
      String team = FakeSlackApi.TEAM;
      assertThat(live.slash(team, "C1", "U1", "community create \"Metered\"").statusCode())
          .isEqualTo(200);
      assertThat(live.slash(team, "C1", "U1", "ask now \"Counted?\"").body()).contains("Posted");
      await()
          .atMost(Duration.ofSeconds(15))
          .until(() -> live.slackApi.calls("chat.postMessage").size() >= 1);
      live.slackApi.enqueue(
          "chat.postMessage",
          FakeSlackApi.Answer.ok("{\"ok\":false,\"error\":\"channel_not_found\"}"));
      live.slash(team, "C1", "U1", "ask now \"Refused?\"");
      HttpResponse<String> unsigned =
          live.send(
              HttpRequest.newBuilder(live.uri("/slack/events"))
                  .POST(HttpRequest.BodyPublishers.ofString("{}"))
                  .build());
      assertThat(unsigned.statusCode()).isBetween(400, 499);
      live.teamsCommand("tenant-m", "19:m", "29:u", "help");

      await()
          .atMost(Duration.ofSeconds(15))
          .untilAsserted(
              () ->
                  assertThat(
                          value(
                              scrape(live),
                              "rituals_outbox_deliveries_total",
                              Map.of("platform", "slack", "outcome", "failed")))
                      .isEqualTo(1.0));
      HttpResponse<String> response =
          live.send(HttpRequest.newBuilder(live.uri("/metrics")).GET().build());
      String text = response.body();

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .startsWith("text/plain; version=0.0.4");
      assertThat(
              value(
                  text,
                  "rituals_http_requests_total",
                  Map.of("endpoint", "/slack/events", "outcome", "2xx")))
          .isGreaterThanOrEqualTo(3.0);
      assertThat(
              value(
                  text,
                  "rituals_http_requests_total",
                  Map.of("endpoint", "/slack/events", "outcome", "4xx")))
          .isEqualTo(1.0);
      assertThat(
              value(
                  text,
                  "rituals_http_requests_total",
                  Map.of("endpoint", "/api/messages", "outcome", "2xx")))
          .isEqualTo(1.0);
      assertThat(
              value(
                  text,
                  "rituals_ack_latency_seconds_bucket",
                  Map.of("endpoint", "/slack/events", "le", "3.0")))
          .as("every Slack request answered within Slack's 3 seconds")
          .isGreaterThanOrEqualTo(4.0);
      assertThat(
              value(text, "rituals_ack_latency_seconds_count", Map.of("endpoint", "/slack/events")))
          .isGreaterThanOrEqualTo(4.0);
      assertThat(
              value(
                  text,
                  "rituals_outbox_deliveries_total",
                  Map.of("platform", "slack", "outcome", "delivered")))
          .isGreaterThanOrEqualTo(1.0);
      assertThat(
              value(
                  text,
                  "rituals_outbox_deliveries_total",
                  Map.of("platform", "teams", "outcome", "delivered")))
          .as("present from the start, at zero")
          .isZero();
      // what the outbox holds now (a badge or reminder may wait its turn): the gauges agree with it
      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () -> {
                long pending = live.app.ports().outbox().count(OutboxState.PENDING);
                String now = scrape(live);
                assertThat(value(now, "rituals_outbox_depth", Map.of())).isEqualTo(pending);
                double age = value(now, "rituals_outbox_oldest_age_seconds", Map.of());
                assertThat(age).isGreaterThanOrEqualTo(0.0).isLessThan(600.0);
                if (pending == 0) {
                  assertThat(age).isZero();
                }
              });
      assertThat(value(text, "rituals_scheduler_misfires_total", Map.of())).isZero();
      assertThat(text).doesNotContain("xoxb-").doesNotContain("Counted?");
    }
  }

  private static String scrape(LiveApp live) throws Exception {
    return live.send(HttpRequest.newBuilder(live.uri("/metrics")).GET().build()).body();
  }

  /** The value of the one sample of {@code name} whose labels include {@code labels}. */
  public static double value(String text, String name, Map<String, String> labels) {
    Pattern line =
        Pattern.compile("^" + Pattern.quote(name) + "(\\{([^}]*)\\})? (\\S+)$", Pattern.MULTILINE);
    Matcher m = line.matcher(text);
    while (m.find()) {
      String found = m.group(2) == null ? "" : m.group(2);
      boolean all =
          labels.entrySet().stream()
              .allMatch(e -> found.contains(e.getKey() + "=\"" + e.getValue() + "\""));
      if (all) {
        return Double.parseDouble(m.group(3));
      }
    }
    throw new AssertionError("no sample " + name + labels + " in:\n" + text);
  }
}
