package dev.rituals.core.service;

import dev.rituals.core.model.Destination;
import dev.rituals.core.model.MessageKind;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.PromptId;
import dev.rituals.core.port.ChatGateway;
import dev.rituals.core.port.DeliveryObserver;
import dev.rituals.core.port.DeliveryObserver.Outcome;
import dev.rituals.core.port.DeliveryResult;
import dev.rituals.core.service.delivery.DeliverySettings;
import dev.rituals.core.service.delivery.RateLimiter;
import dev.rituals.core.service.delivery.RateLimits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers due outbox messages through each platform's {@link ChatGateway} and records the outcome:
 * where it was posted, when to retry, or why it never will be.
 *
 * <p>Order: the repository hands out only the oldest pending message of each channel, so a later
 * message never overtakes an earlier undelivered one. Pace: about one message per second per
 * (installation, channel), from {@link RateLimits} (this process's, or the cluster's shared ones in
 * the database); a message held back by it, or by a platform's 429, is put back without counting an
 * attempt. Transient failures (5xx, network) are retried with exponential backoff and jitter up to
 * {@link #MAX_ATTEMPTS}; permanent ones are recorded with their reason for moderators ({@code
 * status}).
 *
 * <p>Crash window: a message the platform accepted is marked sent right after; if the process dies
 * in between, that one message goes out again once its lease ends. Nothing else is sent twice: a
 * batch is only worked on during the first half of its lease, and what is left is handed back.
 */
public final class OutboxSender {
  static final int MAX_ATTEMPTS = 8;
  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

  private final Ports ports;
  private final Map<Platform, ChatGateway> gateways = new EnumMap<>(Platform.class);
  private final Clock clock;
  private final DeliverySettings settings;
  private final RateLimits limiter;
  private final DeliveryObserver observer;

  /** Consecutive 429s without Retry-After per channel, for the exponential part of the backoff. */
  private final Map<String, Integer> throttles = new ConcurrentHashMap<>();

  /**
   * Without pacing (no per-channel limit): for tests and the simulator, which move their own clock.
   * The app passes {@link DeliverySettings#defaults}.
   */
  public OutboxSender(Ports ports, List<ChatGateway> gateways, Clock clock) {
    this(ports, gateways, clock, DeliverySettings.defaults(new Random()).withoutChannelLimit());
  }

  public OutboxSender(
      Ports ports, List<ChatGateway> gateways, Clock clock, DeliverySettings settings) {
    this(ports, gateways, clock, settings, new RateLimiter(clock));
  }

  /**
   * @param limiter where the per-channel pace is kept: this process's {@link RateLimiter}, or the
   *     shared database when several nodes send
   */
  public OutboxSender(
      Ports ports,
      List<ChatGateway> gateways,
      Clock clock,
      DeliverySettings settings,
      RateLimits limiter) {
    this.ports = ports;
    gateways.forEach(g -> this.gateways.put(g.platform(), g));
    this.clock = clock;
    this.settings = settings;
    this.limiter = limiter;
    this.observer = settings.observer();
  }

  /**
   * Sends one batch of due messages.
   *
   * @return how many messages were claimed (0 means nothing is due now)
   */
  public int deliverDue(int batchSize) {
    Instant now = clock.instant();
    List<OutboxMessage> claimed =
        ports
            .transactions()
            .inTransaction(
                () -> ports.outbox().claimDue(now, batchSize, now.plus(settings.lease())));
    // Past half the lease, another node may soon take these over: hand the rest back instead of
    // starting a send that could finish after the lease, when the message could go out twice.
    Instant stopBy = now.plus(settings.lease().dividedBy(2));
    for (OutboxMessage message : claimed) {
      if (clock.instant().isBefore(stopBy)) {
        deliver(message);
      } else {
        ports.outbox().defer(message.id(), clock.instant(), "lease running out; handed back");
      }
    }
    return claimed.size();
  }

  /** Sends until nothing is due; for tests and the simulator. */
  public int drain() {
    int total = 0;
    int sent;
    while ((sent = deliverDue(100)) > 0) {
      total += sent;
    }
    return total;
  }

  private void deliver(OutboxMessage message) {
    Destination to = message.destination();
    ChatGateway gateway = gateways.get(to.tenant().platform());
    if (gateway == null) {
      fail(message, "no gateway for " + to.tenant().platform());
      return;
    }
    if (!ports.installations().find(to.tenant()).map(i -> i.enabled()).orElse(true)) {
      fail(message, "installation disabled");
      return;
    }
    String channel = channelKey(message);
    if (settings.perChannel().isPresent()) {
      Duration wait = limiter.tryAcquire(channel, settings.perChannel().get());
      if (!wait.isZero()) {
        defer(message, wait, "paced: about one message per second per channel");
        return;
      }
    }
    DeliveryResult result;
    try {
      result = send(gateway, message);
    } catch (RuntimeException e) {
      // A gateway should answer with a DeliveryResult; treat a surprise as transient.
      log.warn("Gateway threw while sending {}: {}", message.id(), e.getClass().getSimpleName());
      result = new DeliveryResult.RetryLater(Duration.ZERO, e.getClass().getName());
    }
    record(message, channel, result);
  }

  private static DeliveryResult send(ChatGateway gateway, OutboxMessage message) {
    Destination to = message.destination();
    if (to instanceof Destination.Channel c) {
      return gateway.post(c.channel(), message.body());
    } else if (to instanceof Destination.Thread t) {
      return gateway.replyInThread(t.parent(), message.body());
    } else if (to instanceof Destination.Direct d) {
      return gateway.directMessage(d.user(), message.body());
    } else if (to instanceof Destination.Private p) {
      return gateway.privateReply(p.channel(), p.user(), message.body());
    } else {
      return gateway.update(((Destination.Update) to).message(), message.body());
    }
  }

  private void record(OutboxMessage message, String channel, DeliveryResult result) {
    Platform platform = message.destination().tenant().platform();
    if (result instanceof DeliveryResult.Delivered d) {
      throttles.remove(channel);
      ports
          .transactions()
          .inTransaction(
              () -> {
                ports.outbox().markSent(message.id(), d.message(), clock.instant());
                if (message.body().kind() == MessageKind.PROMPT) {
                  message
                      .body()
                      .field(PromptMessages.PROMPT_ID)
                      .map(PromptId::parse)
                      .ifPresent(p -> ports.occurrences().addPromptMessage(p, d.message()));
                }
              });
      observer.observed(platform, Outcome.DELIVERED);
    } else if (result instanceof DeliveryResult.Throttled t) {
      Duration wait = t.after();
      if (wait.isZero()) {
        wait = settings.backoff().delay(throttles.merge(channel, 1, Integer::sum));
      }
      // The platform's word holds for the whole channel, not just this message.
      Instant resume = clock.instant().plus(wait);
      settings.perChannel().ifPresent(rate -> limiter.pauseUntil(channel, resume, rate));
      defer(message, wait, t.reason());
    } else if (result instanceof DeliveryResult.RetryLater r) {
      // claimDue already counted this attempt.
      if (message.attempts() >= MAX_ATTEMPTS) {
        fail(message, "gave up after " + message.attempts() + " attempts: " + r.reason());
      } else {
        Duration wait =
            r.after().isZero() ? settings.backoff().delay(message.attempts()) : r.after();
        ports.outbox().markRetry(message.id(), clock.instant().plus(wait), r.reason());
        observer.observed(platform, Outcome.RETRIED);
      }
    } else {
      fail(message, ((DeliveryResult.Failed) result).reason());
    }
  }

  private void defer(OutboxMessage message, Duration wait, String reason) {
    ports.outbox().defer(message.id(), clock.instant().plus(wait), reason);
    observer.observed(message.destination().tenant().platform(), Outcome.THROTTLED);
  }

  private void fail(OutboxMessage message, String reason) {
    log.warn("Outbox message {} failed permanently: {}", message.id(), reason);
    ports.outbox().markFailed(message.id(), reason);
    observer.observed(message.destination().tenant().platform(), Outcome.FAILED);
  }

  static String channelKey(OutboxMessage message) {
    Destination to = message.destination();
    return to.tenant().platform() + "|" + to.tenant().tenantId() + "|" + to.orderingKey();
  }
}
