package dev.rituals.teams;

import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsActivityHandler;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;
import com.microsoft.bot.schema.AdaptiveCardInvokeValue;
import com.microsoft.bot.schema.ChannelAccount;
import dev.rituals.core.port.InboundEventLog;
import java.net.HttpURLConnection;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Teams bot: routes each activity to the handler for it. */
final class RitualsBot extends TeamsActivityHandler {
  private static final Logger LOG = LoggerFactory.getLogger(RitualsBot.class);
  private static final String WHERE = "rituals.where";
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

  private final TeamsSettings settings;
  private final InstallationHandler installs;
  private final CommandHandler commands;
  private final CardActions cards;
  private final AnswerHandler answers;
  private final Optional<InboundEventLog> eventLog;
  private final Clock clock;

  RitualsBot(
      TeamsSettings settings,
      InstallationHandler installs,
      CommandHandler commands,
      CardActions cards,
      AnswerHandler answers,
      Optional<InboundEventLog> eventLog,
      Clock clock) {
    this.settings = settings;
    this.installs = installs;
    this.commands = commands;
    this.cards = cards;
    this.answers = answers;
    this.eventLog = eventLog;
    this.clock = clock;
  }

  /**
   * Exceptions thrown (rather than returned as failed futures) would bypass the adapter's
   * turn-error handler: turn them into failed futures.
   */
  @Override
  public CompletableFuture<Void> onTurn(TurnContext turn) {
    try {
      return route(turn);
    } catch (RuntimeException failure) {
      return CompletableFuture.failedFuture(failure);
    }
  }

  private CompletableFuture<Void> route(TurnContext turn) {
    Activity activity = turn.getActivity();
    Optional<TeamsConversation> where = TeamsConversation.of(activity, !settings.authEnabled());
    if (where.isEmpty()) {
      LOG.debug("ignoring a {} activity without tenant or conversation", activity.getType());
      return DONE;
    }
    if (!settings.tenantAllowed(where.get().tenant().tenantId())) {
      LOG.info(
          "ignoring an activity from tenant {} (not allowed)", where.get().tenant().tenantId());
      return DONE;
    }
    turn.getTurnState().add(WHERE, where.get());
    if (seenBefore(activity, where.get())) {
      LOG.debug("ignoring a redelivered {} activity", activity.getType());
      return DONE;
    }
    if ("event".equals(activity.getType()) && TeamsConversation.isBlank(activity.getName())) {
      // The 4.14 ActivityHandler switches on the event name and throws on a missing one.
      LOG.debug("ignoring an event activity without a name");
      return DONE;
    }
    // The 4.14 ActivityHandler has no messageUpdate / messageDelete dispatch of its own.
    String eventType = ActivityFacts.eventType(activity);
    if ("messageUpdate".equals(activity.getType())) {
      if ("editMessage".equals(eventType)) {
        answers.onEdit(activity, where.get());
      }
      return DONE;
    }
    if ("messageDelete".equals(activity.getType())) {
      if ("softDeleteMessage".equals(eventType)) {
        answers.onDelete(activity, where.get());
      }
      return DONE;
    }
    return super.onTurn(turn);
  }

  @Override
  protected CompletableFuture<Void> onMessageActivity(TurnContext turn) {
    Activity activity = turn.getActivity();
    TeamsConversation where = where(turn);
    if (activity.getValue() != null) {
      return cards.onSubmit(turn, where);
    }
    installs.rememberIfNew(activity, where);
    if (where.personal()) {
      return commands.onCommand(turn, where, TeamsText.plain(activity.getText()));
    }
    if (ActivityFacts.mentionsBot(activity)) {
      return commands.onCommand(
          turn, where, TeamsText.plain(Activity.removeRecipientMentionImmutable(activity)));
    }
    answers.onMessage(activity, where);
    return DONE;
  }

  @Override
  protected CompletableFuture<Void> onConversationUpdateActivity(TurnContext turn) {
    Activity activity = turn.getActivity();
    TeamsConversation where = where(turn);
    String botId = activity.getRecipient() == null ? null : activity.getRecipient().getId();
    List<ChannelAccount> added = ActivityFacts.others(activity.getMembersAdded(), botId);
    List<ChannelAccount> removed = ActivityFacts.others(activity.getMembersRemoved(), botId);
    CompletableFuture<Void> result = DONE;
    if (ActivityFacts.contains(activity.getMembersAdded(), botId)) {
      result = installs.botAdded(turn, where);
    } else if (ActivityFacts.contains(activity.getMembersRemoved(), botId)) {
      return installs.botRemoved(where);
    }
    if (!added.isEmpty()) {
      result = result.thenCompose(done -> installs.membersAdded(turn, where, added));
    }
    if (!removed.isEmpty()) {
      result = result.thenCompose(done -> installs.membersRemoved(where, removed));
    }
    return result;
  }

  @Override
  protected CompletableFuture<Void> onInstallationUpdateAdd(TurnContext turn) {
    return installs.botAdded(turn, where(turn));
  }

  @Override
  protected CompletableFuture<Void> onInstallationUpdateRemove(TurnContext turn) {
    return installs.botRemoved(where(turn));
  }

  /**
   * The SDK answers an invoke it fails on with a 500 carrying the exception's message; a malformed
   * invoke is the sender's problem, and the message is none of its business.
   */
  @Override
  protected CompletableFuture<InvokeResponse> onInvokeActivity(TurnContext turn) {
    return super.onInvokeActivity(turn)
        .thenApply(
            response ->
                response != null && response.getStatus() == HttpURLConnection.HTTP_INTERNAL_ERROR
                    ? new InvokeResponse(HttpURLConnection.HTTP_BAD_REQUEST, null)
                    : response);
  }

  @Override
  protected CompletableFuture<AdaptiveCardInvokeResponse> onAdaptiveCardInvoke(
      TurnContext turn, AdaptiveCardInvokeValue invoke) {
    return CompletableFuture.completedFuture(cards.onExecute(turn, where(turn), invoke));
  }

  /** Teams redelivers when the bot answers slowly; a command must not run twice. */
  private boolean seenBefore(Activity activity, TeamsConversation where) {
    if (eventLog.isEmpty()
        || !activity.isType(ActivityTypes.MESSAGE)
        || TeamsConversation.isBlank(activity.getId())) {
      return false;
    }
    String eventId = where.sourceKey(activity.getId());
    return !eventLog.get().firstTime(where.tenant(), eventId, clock.instant());
  }

  private static TeamsConversation where(TurnContext turn) {
    return turn.getTurnState().get(WHERE);
  }
}
