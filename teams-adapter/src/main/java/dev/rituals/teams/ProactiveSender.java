package dev.rituals.teams;

import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.ResourceResponse;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.port.DeliveryResult;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One Bot Connector call in a proactive turn ({@code continueConversation}), as a DeliveryResult.
 */
final class ProactiveSender {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final BotFrameworkAdapter adapter;
  private final String botAppId;
  private final DeliveryErrors errors;

  /**
   * @param botAppId the MicrosoftAppId, or null in local mode
   */
  ProactiveSender(BotFrameworkAdapter adapter, String botAppId, DeliveryErrors errors) {
    this.adapter = adapter;
    this.botAppId = botAppId;
    this.errors = errors;
  }

  /**
   * Runs one connector call in a proactive turn. The outcome is captured inside the callback: the
   * adapter's turn-error handler would otherwise swallow a failure and make it look delivered.
   */
  DeliveryResult send(
      ConversationReference reference,
      Function<ConnectorClient, CompletableFuture<ResourceResponse>> call,
      Function<String, MessageRef> where) {
    AtomicReference<ResourceResponse> sent = new AtomicReference<>();
    AtomicReference<Throwable> failed = new AtomicReference<>();
    try {
      adapter
          .continueConversation(
              botAppId,
              reference,
              turn -> {
                ConnectorClient connector =
                    turn.getTurnState().get(BotFrameworkAdapter.CONNECTOR_CLIENT_KEY);
                CompletableFuture<ResourceResponse> result;
                try {
                  result = call.apply(connector);
                } catch (RuntimeException thrown) {
                  result = CompletableFuture.failedFuture(thrown);
                }
                return result.handle(
                    (response, failure) -> {
                      sent.set(response);
                      failed.set(failure);
                      return null;
                    });
              })
          .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException slow) {
      return new DeliveryResult.RetryLater(TIMEOUT, "Teams did not answer within " + TIMEOUT);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return new DeliveryResult.RetryLater(TIMEOUT, "interrupted while sending to Teams");
    } catch (ExecutionException | RuntimeException turnFailed) {
      return errors.classify(turnFailed);
    }
    if (failed.get() != null) {
      return errors.classify(failed.get());
    }
    ResourceResponse response = sent.get();
    String id =
        response == null || TeamsConversation.isBlank(response.getId())
            // Teams always answers with an id; a synthetic one keeps the message findable.
            ? "sent-" + UUID.randomUUID()
            : response.getId();
    return new DeliveryResult.Delivered(where.apply(id));
  }
}
