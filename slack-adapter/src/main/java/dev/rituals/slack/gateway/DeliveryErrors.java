package dev.rituals.slack.gateway;

import com.slack.api.methods.SlackApiException;
import dev.rituals.core.port.DeliveryResult;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns what Slack answered into a {@link DeliveryResult}: slow down (429 / {@code ratelimited},
 * with Slack's {@code Retry-After}), retry later (5xx, network), or never (everything else).
 */
final class DeliveryErrors {
  /** Used when Slack rate-limits without saying for how long. */
  static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(30);

  /** Slack's own words for "try again": these are not the message's fault. */
  private static final Set<String> TRANSIENT =
      Set.of("internal_error", "fatal_error", "service_unavailable", "request_timeout");

  private final Backoff backoff = new Backoff();

  void succeeded(String teamId) {
    backoff.reset(teamId);
  }

  /** {@code ok: false} with an error code. Anything not known to be transient will not heal. */
  DeliveryResult fromError(String teamId, String error, Map<String, List<String>> headers) {
    String code = error == null || error.isBlank() ? "unknown_error" : error;
    if ("ratelimited".equals(code)) {
      return new DeliveryResult.Throttled(retryAfter(headers), "ratelimited");
    }
    if (TRANSIENT.contains(code)) {
      return new DeliveryResult.RetryLater(backoff.next(teamId), code);
    }
    // channel_not_found, not_in_channel, is_archived, account_inactive, invalid_auth,
    // token_revoked, msg_too_long, invalid_blocks ...: retrying the same message cannot help.
    return new DeliveryResult.Failed(code);
  }

  /** A non-200 HTTP answer. */
  DeliveryResult fromHttp(String teamId, SlackApiException e) {
    int status = e.getResponse() == null ? 0 : e.getResponse().code();
    if (status == 429) {
      String header = e.getResponse().header("Retry-After");
      return new DeliveryResult.Throttled(
          seconds(header).orElse(DEFAULT_RATE_LIMIT_WAIT), "ratelimited");
    }
    if (status >= 500 || status == 408) {
      return new DeliveryResult.RetryLater(backoff.next(teamId), "http " + status);
    }
    if (e.getError() != null && e.getError().getError() != null) {
      return fromError(teamId, e.getError().getError(), Map.of());
    }
    return new DeliveryResult.Failed("http " + status);
  }

  DeliveryResult fromIo(String teamId, IOException e) {
    return new DeliveryResult.RetryLater(
        backoff.next(teamId), "network: " + e.getClass().getSimpleName());
  }

  private static Duration retryAfter(Map<String, List<String>> headers) {
    if (headers != null) {
      for (Map.Entry<String, List<String>> header : headers.entrySet()) {
        if ("retry-after".equalsIgnoreCase(header.getKey()) && !header.getValue().isEmpty()) {
          return seconds(header.getValue().get(0)).orElse(DEFAULT_RATE_LIMIT_WAIT);
        }
      }
    }
    return DEFAULT_RATE_LIMIT_WAIT;
  }

  private static Optional<Duration> seconds(String value) {
    try {
      return value == null
          ? Optional.empty()
          : Optional.of(Duration.ofSeconds(Math.max(1, Long.parseLong(value.strip()))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
