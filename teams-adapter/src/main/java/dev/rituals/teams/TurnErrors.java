package dev.rituals.teams;

import com.microsoft.bot.builder.OnTurnErrorHandler;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.ActivityTypes;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter's last resort for a failed turn: log it (never the message text), tell the person in
 * one line, and finish the turn normally so the endpoint answers 2xx, not a 500.
 */
final class TurnErrors implements OnTurnErrorHandler {
  static final String APOLOGY = "Sorry, something went wrong on my side. Please try again.";
  private static final Logger LOG = LoggerFactory.getLogger(TurnErrors.class);

  @Override
  public CompletableFuture<Void> invoke(TurnContext turn, Throwable failure) {
    String type = turn.getActivity() == null ? "?" : turn.getActivity().getType();
    LOG.warn("Teams {} turn failed", type, MessagesEndpoint.unwrap(failure));
    if (turn.getActivity() == null || !turn.getActivity().isType(ActivityTypes.MESSAGE)) {
      return CompletableFuture.completedFuture(null);
    }
    return turn.sendActivity(TeamsText.message(APOLOGY))
        .handle(
            (sent, sendFailed) -> {
              if (sendFailed != null) {
                LOG.warn("could not send the apology either: {}", sendFailed.toString());
              }
              return null;
            });
  }
}
