package dev.rituals.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;
import com.microsoft.bot.schema.AdaptiveCardInvokeValue;
import java.net.HttpURLConnection;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two ways a card comes back: Action.Submit (a message whose value holds the inputs; the bot
 * updates the card and replies) and Action.Execute (an invoke answered with the refreshed card).
 */
final class CardActions {
  private static final Logger LOG = LoggerFactory.getLogger(CardActions.class);

  private final SubmissionHandler submissions;
  private final ObjectMapper json;

  CardActions(SubmissionHandler submissions, ObjectMapper json) {
    this.submissions = submissions;
    this.json = json;
  }

  /** Action.Submit: the submitted card is replaced, the message is a reply. */
  CompletableFuture<Void> onSubmit(TurnContext turn, TeamsConversation where) {
    Activity activity = turn.getActivity();
    SubmissionHandler.Result result =
        submissions.submit(where, activity.getId(), json.valueToTree(activity.getValue()));
    CompletableFuture<?> done = CompletableFuture.completedFuture(null);
    String cardMessageId = activity.getReplyToId();
    if (result.card().isPresent()) {
      Activity card = Cards.message(result.card().get(), "Rituals");
      if (TeamsConversation.isBlank(cardMessageId)) {
        done = turn.sendActivity(card);
      } else {
        card.setId(cardMessageId);
        done = turn.updateActivity(card);
      }
    }
    if (result.message().isPresent()) {
      Activity message = TeamsText.message(result.message().get());
      done = done.thenCompose(previous -> turn.sendActivity(message));
    }
    return done.thenApply(sent -> null);
  }

  /** Action.Execute (Universal Actions): the answer is the refreshed card or a message. */
  AdaptiveCardInvokeResponse onExecute(
      TurnContext turn, TeamsConversation where, AdaptiveCardInvokeValue invoke) {
    SubmissionHandler.Result result;
    try {
      result = submissions.submit(where, turn.getActivity().getId(), data(invoke));
    } catch (RuntimeException failure) {
      // an exception here would become the SDK's 500 with its message in the body
      LOG.warn("Action.Execute failed", failure);
      result = SubmissionHandler.Result.message(TurnErrors.APOLOGY);
    }
    AdaptiveCardInvokeResponse response = new AdaptiveCardInvokeResponse();
    response.setStatusCode(HttpURLConnection.HTTP_OK);
    if (result.card().isPresent()) {
      response.setType(Cards.CONTENT_TYPE);
      response.setValue(result.card().get());
    } else {
      response.setType("application/vnd.microsoft.activity.message");
      response.setValue(TeamsText.markdown(result.message().orElse("Done.")));
    }
    return response;
  }

  private JsonNode data(AdaptiveCardInvokeValue invoke) {
    JsonNode data = json.valueToTree(invoke.getAction().getData());
    if (data != null && data.isObject() && !data.has(Cards.ACTION_KEY)) {
      // Action.Execute names what it does in its verb rather than in its data
      ((ObjectNode) data).put(Cards.ACTION_KEY, Objects.toString(invoke.getAction().getVerb(), ""));
    }
    return data;
  }
}
