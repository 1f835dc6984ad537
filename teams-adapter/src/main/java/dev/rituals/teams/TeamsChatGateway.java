package dev.rituals.teams;

import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.ResourceResponse;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.ChatGateway;
import dev.rituals.core.port.DeliveryResult;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Sends core's messages to Teams proactively, from the ConversationReferences stored at install
 * time, through {@code adapter.continueConversation}. Never throws for platform errors: 429/5xx
 * become {@link DeliveryResult.RetryLater}, 403/404 {@link DeliveryResult.Failed}.
 */
public final class TeamsChatGateway implements ChatGateway {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final BotFrameworkAdapter adapter;
  private final ConversationReferenceStore store;
  private final String botAppId;
  private final DeliveryErrors errors;
  private final PersonalChats personalChats;

  TeamsChatGateway(
      BotFrameworkAdapter adapter,
      ConversationReferenceStore store,
      TeamsSettings settings,
      DeliveryErrors errors) {
    this.adapter = adapter;
    this.store = store;
    this.botAppId = settings.botAppId().orElse(null);
    this.errors = errors;
    this.personalChats = new PersonalChats(store);
  }

  @Override
  public Platform platform() {
    return Platform.TEAMS;
  }

  /** A new post in the channel: the root of a new reply chain. */
  @Override
  public DeliveryResult post(ChannelRef channel, MessageBody body) {
    return referenceFor(channel)
        .map(
            reference ->
                send(
                    reference,
                    connector -> sendTo(connector, reference, channel.channelId(), body),
                    id -> new MessageRef(channel, id)))
        .orElseGet(() -> noReference(channel.tenant().tenantId()));
  }

  /** A reply in the reply chain under {@code parent} (channels), or into the same chat. */
  @Override
  public DeliveryResult replyInThread(MessageRef parent, MessageBody body) {
    ChannelRef channel = parent.channel();
    return referenceFor(channel)
        .map(
            reference -> {
              String target =
                  TeamsConversation.CHANNEL.equals(typeOf(reference))
                      ? TeamsConversation.replyChainId(channel.channelId(), parent.messageId())
                      : channel.channelId();
              return send(
                  reference,
                  connector -> sendTo(connector, reference, target, body),
                  id -> new MessageRef(channel, id));
            })
        .orElseGet(() -> noReference(channel.tenant().tenantId()));
  }

  /** The personal chat with the person, created through the conversations API the first time. */
  @Override
  public DeliveryResult directMessage(UserRef user, MessageBody body) {
    String tenantId = user.tenant().tenantId();
    Optional<ConversationReference> personal = store.findPersonal(tenantId, user.userId());
    if (personal.isPresent()) {
      ConversationReference reference = personal.get();
      String conversation = reference.getConversation().getId();
      return send(
          reference,
          connector -> sendTo(connector, reference, conversation, body),
          id -> new MessageRef(new ChannelRef(user.tenant(), conversation), id));
    }
    Optional<ConversationReference> any = store.findAnyInTenant(tenantId);
    if (any.isEmpty()) {
      return noReference(tenantId);
    }
    AtomicReference<String> created = new AtomicReference<>();
    return send(
        any.get(),
        connector ->
            personalChats
                .open(connector, any.get(), user)
                .thenCompose(
                    reference -> {
                      created.set(reference.getConversation().getId());
                      return sendTo(connector, reference, created.get(), body);
                    }),
        id -> new MessageRef(new ChannelRef(user.tenant(), created.get()), id));
  }

  /** Teams has no message only one person sees in a channel: it goes to their personal chat. */
  @Override
  public DeliveryResult privateReply(ChannelRef channel, UserRef user, MessageBody body) {
    return directMessage(user, body);
  }

  @Override
  public DeliveryResult update(MessageRef message, MessageBody body) {
    ChannelRef channel = message.channel();
    return referenceFor(channel)
        .map(
            reference ->
                send(
                    reference,
                    connector -> {
                      Activity activity = outgoing(reference, channel.channelId(), body);
                      activity.setId(message.messageId());
                      return connector
                          .getConversations()
                          .updateActivity(channel.channelId(), message.messageId(), activity);
                    },
                    id -> message))
        .orElseGet(() -> noReference(channel.tenant().tenantId()));
  }

  private Optional<ConversationReference> referenceFor(ChannelRef channel) {
    String tenantId = channel.tenant().tenantId();
    return store
        .findConversation(tenantId, channel.channelId())
        .or(
            () ->
                store
                    .findAnyInTenant(tenantId)
                    .map(any -> References.retarget(any, channel.channelId())));
  }

  private static String typeOf(ConversationReference reference) {
    return reference.getConversation() == null
        ? ""
        : String.valueOf(reference.getConversation().getConversationType());
  }

  private static CompletableFuture<ResourceResponse> sendTo(
      ConnectorClient connector, ConversationReference reference, String target, MessageBody body) {
    return connector
        .getConversations()
        .sendToConversation(target, outgoing(reference, target, body));
  }

  private static Activity outgoing(
      ConversationReference reference, String target, MessageBody body) {
    Activity activity = MessageRenderer.render(body);
    activity.applyConversationReference(References.retarget(reference, target));
    return activity;
  }

  /**
   * Runs one connector call in a proactive turn. The outcome is captured inside the callback: the
   * adapter's turn-error handler would otherwise swallow a failure and make it look delivered.
   */
  private DeliveryResult send(
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

  private static DeliveryResult noReference(String tenantId) {
    return new DeliveryResult.Failed(
        "no stored Teams conversation in tenant " + tenantId + ": install the app there first");
  }
}
