package dev.rituals.teams;

import com.microsoft.bot.connector.rest.ErrorResponseException;
import com.microsoft.bot.restclient.RestException;
import com.microsoft.bot.schema.ErrorResponse;
import dev.rituals.core.port.DeliveryResult;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What a failed call to the Bot Connector means for the outbox: slow down (429), retry later (408,
 * 5xx, network), or give up (403, 404, other 4xx). Teams' {@code Retry-After} is passed on when it
 * gives one; otherwise the wait is zero, which tells the outbox sender to back off exponentially
 * with jitter (so many messages, or several nodes, do not retry a struggling Teams in step).
 */
final class DeliveryErrors {
  /** "No wait given": the sender picks its exponential backoff. */
  static final Duration SENDER_BACKOFF = Duration.ZERO;

  private final Clock clock;

  DeliveryErrors(Clock clock) {
    this.clock = clock;
  }

  DeliveryResult classify(Throwable failure) {
    Throwable cause = MessagesEndpoint.unwrap(failure);
    while (cause.getCause() != null
        && !(cause instanceof RestException)
        && !(cause instanceof IOException)) {
      cause = cause.getCause();
    }
    if (cause instanceof RestException rest && rest.response() != null) {
      return classify(rest);
    }
    if (cause instanceof IOException) {
      return new DeliveryResult.RetryLater(
          SENDER_BACKOFF, "cannot reach Teams: " + cause.getClass().getSimpleName());
    }
    if (cause instanceof IllegalArgumentException) {
      return new DeliveryResult.Failed(
          "Teams request rejected before sending: " + cause.getMessage());
    }
    return new DeliveryResult.RetryLater(
        SENDER_BACKOFF, "Teams send failed: " + cause.getClass().getSimpleName());
  }

  private DeliveryResult classify(RestException rest) {
    int status = rest.response().code();
    String what = "Teams answered " + status + errorCode(rest).map(code -> " " + code).orElse("");
    Optional<Duration> retryAfter = retryAfter(rest.response().headers().get("Retry-After"));
    if (status == 429) {
      // Not the message's fault: the sender holds the conversation back without counting an
      // attempt.
      return new DeliveryResult.Throttled(retryAfter.orElse(SENDER_BACKOFF), what);
    }
    if (status == 408 || status == 500 || status == 502 || status == 503 || status == 504) {
      return new DeliveryResult.RetryLater(retryAfter.orElse(SENDER_BACKOFF), what);
    }
    // 403: the bot was removed or may not post there; 404: the conversation is gone; other
    // 4xx: the message itself is wrong. None gets better by retrying.
    return new DeliveryResult.Failed(what);
  }

  private static Optional<String> errorCode(RestException rest) {
    if (rest instanceof ErrorResponseException error) {
      ErrorResponse body = error.body();
      if (body != null && body.getError() != null && body.getError().getCode() != null) {
        return Optional.of(body.getError().getCode());
      }
    }
    return Optional.empty();
  }

  /** Retry-After is either delta-seconds or an HTTP date. */
  Optional<Duration> retryAfter(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    String value = header.strip();
    try {
      long seconds = Long.parseLong(value);
      return Optional.of(Duration.ofSeconds(Math.max(1, seconds)));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration wait = Duration.between(clock.instant(), at.toInstant());
        return Optional.of(
            wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait);
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }
}
