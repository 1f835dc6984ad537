package dev.rituals.core.service;

import dev.rituals.core.model.Destination;
import dev.rituals.core.model.MessageKind;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.PromptId;
import dev.rituals.core.port.ChatGateway;
import dev.rituals.core.port.DeliveryResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers due outbox messages through each platform's {@link ChatGateway} and records the outcome:
 * where it was posted, when to retry, or why it never will be.
 */
public final class OutboxSender {
  static final int MAX_ATTEMPTS = 8;
  static final Duration LEASE = Duration.ofMinutes(2);
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);
  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

  private final Ports ports;
  private final Map<Platform, ChatGateway> gateways = new EnumMap<>(Platform.class);
  private final Clock clock;

  public OutboxSender(Ports ports, List<ChatGateway> gateways, Clock clock) {
    this.ports = ports;
    gateways.forEach(g -> this.gateways.put(g.platform(), g));
    this.clock = clock;
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
            .inTransaction(() -> ports.outbox().claimDue(now, batchSize, now.plus(LEASE)));
    claimed.forEach(this::deliver);
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
    DeliveryResult result;
    try {
      result = send(gateway, message);
    } catch (RuntimeException e) {
      // A gateway should answer with a DeliveryResult; treat a surprise as transient.
      log.warn("Gateway threw while sending {}: {}", message.id(), e.getClass().getSimpleName());
      result = new DeliveryResult.RetryLater(backoff(message.attempts()), e.getClass().getName());
    }
    record(message, result);
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

  private void record(OutboxMessage message, DeliveryResult result) {
    if (result instanceof DeliveryResult.Delivered d) {
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
    } else if (result instanceof DeliveryResult.RetryLater r) {
      // claimDue already counted this attempt.
      if (message.attempts() >= MAX_ATTEMPTS) {
        fail(message, "gave up after " + message.attempts() + " attempts: " + r.reason());
      } else {
        Duration wait = r.after().isZero() ? backoff(message.attempts()) : r.after();
        ports.outbox().markRetry(message.id(), clock.instant().plus(wait), r.reason());
      }
    } else {
      fail(message, ((DeliveryResult.Failed) result).reason());
    }
  }

  private void fail(OutboxMessage message, String reason) {
    log.warn("Outbox message {} failed permanently: {}", message.id(), reason);
    ports.outbox().markFailed(message.id(), reason);
  }

  static Duration backoff(int attempts) {
    long seconds = 1L << Math.min(Math.max(attempts, 0), 10);
    Duration wait = Duration.ofSeconds(seconds);
    return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
  }
}
