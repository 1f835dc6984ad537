package dev.rituals.app.metrics;

import dev.rituals.core.model.Platform;
import dev.rituals.db.OutboxStats;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The app's meters, in one Prometheus registry scraped at {@code /metrics}. Names and labels are
 * few and fixed (endpoints from an allow-list, outcomes from small enums), so a flood of odd
 * requests cannot grow the number of series. The README's "Metrics" section says what each means.
 */
public final class AppMetrics {
  static final Duration[] ACK_BUCKETS = {
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofMillis(2500),
    // Slack gives up on an acknowledgement after 3 seconds
    Duration.ofSeconds(3),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10)
  };

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Clock clock;
  private final Counter misfires;

  public AppMetrics(Clock clock) {
    this.clock = clock;
    this.misfires =
        Counter.builder("rituals.scheduler.misfires")
            .description("Quartz triggers that fired late (the app was down or overloaded)")
            .register(registry);
  }

  /** One HTTP request answered: its endpoint, status and time to the response. */
  void request(String endpoint, String outcome, long nanos) {
    Counter.builder("rituals.http.requests")
        .description("HTTP requests by endpoint and outcome (status class, or error)")
        .tags("endpoint", endpoint, "outcome", outcome)
        .register(registry)
        .increment();
    Timer.builder("rituals.ack.latency")
        .description("Time from a request's arrival to its response (Slack's acknowledgement)")
        .tags("endpoint", endpoint)
        .serviceLevelObjectives(ACK_BUCKETS)
        .register(registry)
        .record(Duration.ofNanos(nanos));
  }

  /** One message the outbox handed to a platform, and what became of it. */
  void delivery(Platform platform, String outcome) {
    deliveries(platform, outcome).increment();
  }

  /** Shows every platform's outcomes from the start, at zero, so dashboards see the series. */
  public void platform(Platform platform) {
    for (String outcome : new String[] {"delivered", "retry", "failed", "error"}) {
      deliveries(platform, outcome);
    }
  }

  private Counter deliveries(Platform platform, String outcome) {
    return Counter.builder("rituals.outbox.deliveries")
        .description("Outbox messages handed to a platform, by platform and outcome")
        .tags("platform", platform.name().toLowerCase(Locale.ROOT), "outcome", outcome)
        .register(registry);
  }

  void misfire() {
    misfires.increment();
  }

  /** Outbox depth and age, read from the database when scraped. */
  public void watch(OutboxStats outbox) {
    // strong references: Micrometer holds a gauge's object weakly, and nothing else holds these
    Gauge.builder("rituals.outbox.depth", outbox, safely(OutboxStats::pending))
        .description("Outbox messages not yet sent, including those waiting to retry")
        .strongReference(true)
        .register(registry);
    Gauge.builder(
            "rituals.outbox.oldest.age",
            outbox,
            safely(stats -> stats.oldestPendingAge(clock.instant()).toMillis() / 1000.0))
        .description("How long the oldest unsent outbox message has waited")
        .baseUnit("seconds")
        .strongReference(true)
        .register(registry);
  }

  /** A database that is briefly away shows as NaN on the scrape, not as a failed scrape. */
  private static ToDoubleFunction<OutboxStats> safely(ToDoubleFunction<OutboxStats> read) {
    return stats -> {
      try {
        return read.applyAsDouble(stats);
      } catch (RuntimeException e) {
        return Double.NaN;
      }
    };
  }

  /** The Prometheus text exposition of every meter. */
  public String scrape() {
    return registry.scrape();
  }
}
