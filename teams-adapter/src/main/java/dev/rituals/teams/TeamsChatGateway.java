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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends core's messages to Teams proactively, from the ConversationReferences stored at install
 * time, through {@code adapter.continueConversation}. Never throws for platform errors: 429 becomes
 * {@link DeliveryResult.Throttled}, 5xx {@link DeliveryResult.RetryLater}, 403/404 {@link
 * DeliveryResult.Failed}.
 */
public final class TeamsChatGateway implements ChatGateway {
  private final ProactiveSender sender;
  private final ConversationReferenceStore store;
  private final PersonalChats personalChats;

  TeamsChatGateway(
      BotFrameworkAdapter adapter,
      ConversationReferenceStore store,
      TeamsSettings settings,
      DeliveryErrors errors) {
    this.sender = new ProactiveSender(adapter, settings.botAppId().orElse(null), errors);
    this.store = store;
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
                sender.send(
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
              return sender.send(
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
      return sender.send(
          reference,
          connector -> sendTo(connector, reference, conversation, body),
          id -> new MessageRef(new ChannelRef(user.tenant(), conversation), id));
    }
    Optional<ConversationReference> any = store.findAnyInTenant(tenantId);
    if (any.isEmpty()) {
      return noReference(tenantId);
    }
    AtomicReference<String> created = new AtomicReference<>();
    return sender.send(
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
                sender.send(
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

  private static DeliveryResult noReference(String tenantId) {
    return new DeliveryResult.Failed(
        "no stored Teams conversation in tenant " + tenantId + ": install the app there first");
  }
}
