package dev.rituals.slack.gateway;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiResponse;
import com.slack.api.methods.response.chat.ChatPostEphemeralResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.ChatGateway;
import dev.rituals.core.port.DeliveryResult;
import dev.rituals.slack.install.BotTokens;
import dev.rituals.slack.render.MessageRenderer;
import dev.rituals.slack.render.SlackMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Sends core's outgoing messages through the Slack Web API (synchronous client: the outbox sender
 * already runs off request threads and wants one clear answer per message). Never throws for
 * Slack's errors: they become {@link DeliveryResult}s. Keeps within Slack's per-method tiers per
 * workspace ({@link SlackRateLimits}) before Slack has to answer 429.
 */
public final class SlackChatGateway implements ChatGateway {
  /** Core's intro field naming the other members of a group DM (see core Intros.GROUP_WITH). */
  static final String GROUP_WITH = "groupWith";

  private final Slack slack;
  private final BotTokens tokens;
  private final MessageRenderer renderer;
  private final DirectChannels directChannels = new DirectChannels();
  private final DeliveryErrors errors = new DeliveryErrors();
  private final SlackRateLimits limits;

  /** Without local tier limits (Slack's own 429s still slow the outbox down). */
  public SlackChatGateway(Slack slack, BotTokens tokens, MessageRenderer renderer) {
    this(slack, tokens, renderer, SlackRateLimits.none());
  }

  public SlackChatGateway(
      Slack slack, BotTokens tokens, MessageRenderer renderer, SlackRateLimits limits) {
    this.slack = slack;
    this.tokens = tokens;
    this.renderer = renderer;
    this.limits = limits;
  }

  @Override
  public Platform platform() {
    return Platform.SLACK;
  }

  @Override
  public DeliveryResult post(ChannelRef channel, MessageBody body) {
    return postMessage(channel, Optional.empty(), body);
  }

  @Override
  public DeliveryResult replyInThread(MessageRef parent, MessageBody body) {
    return postMessage(parent.channel(), Optional.of(parent.messageId()), body);
  }

  /**
   * A pairing intro naming others in {@code groupWith} goes to one group DM with all of them
   * (conversations.open with every user returns the same multi-person DM each time).
   */
  @Override
  public DeliveryResult directMessage(UserRef user, MessageBody body) {
    Optional<String> others = body.field(GROUP_WITH).filter(o -> !o.isBlank());
    if (others.isPresent()) {
      return groupMessage(user, others.get(), body);
    }
    Optional<String> known = directChannels.known(user);
    if (known.isPresent()) {
      return post(new ChannelRef(user.tenant(), known.get()), body);
    }
    return call(
        user.tenant(),
        "conversations.open",
        client -> {
          ConversationsOpenResponse opened =
              client.conversationsOpen(r -> r.users(List.of(user.userId())));
          if (!opened.isOk() || opened.getChannel() == null) {
            return failure(user.tenant(), opened.getError(), opened);
          }
          directChannels.remember(user, opened.getChannel().getId());
          return post(new ChannelRef(user.tenant(), opened.getChannel().getId()), body);
        });
  }

  private DeliveryResult groupMessage(UserRef first, String others, MessageBody body) {
    List<String> users = new java.util.ArrayList<>();
    users.add(first.userId());
    users.addAll(List.of(others.split(",")));
    return call(
        first.tenant(),
        "conversations.open",
        client -> {
          ConversationsOpenResponse opened = client.conversationsOpen(r -> r.users(users));
          if (!opened.isOk() || opened.getChannel() == null) {
            return failure(first.tenant(), opened.getError(), opened);
          }
          return post(new ChannelRef(first.tenant(), opened.getChannel().getId()), body);
        });
  }

  @Override
  public DeliveryResult privateReply(ChannelRef channel, UserRef user, MessageBody body) {
    SlackMessage message = renderer.render(body);
    return call(
        channel.tenant(),
        "chat.postEphemeral",
        client -> {
          ChatPostEphemeralResponse response =
              client.chatPostEphemeral(
                  r ->
                      r.channel(channel.channelId())
                          .user(user.userId())
                          .text(message.text())
                          .blocks(message.blocks()));
          if (!response.isOk()) {
            return failure(channel.tenant(), response.getError(), response);
          }
          // Ephemeral messages cannot be fetched or threaded later; the id is only a receipt.
          String ts = response.getMessageTs() == null ? "ephemeral" : response.getMessageTs();
          return delivered(channel, "ephemeral:" + ts);
        });
  }

  @Override
  public DeliveryResult update(MessageRef message, MessageBody body) {
    SlackMessage rendered = renderer.render(body);
    return call(
        message.channel().tenant(),
        "chat.update",
        client -> {
          ChatUpdateResponse response =
              client.chatUpdate(
                  r ->
                      r.channel(message.channel().channelId())
                          .ts(message.messageId())
                          .text(rendered.text())
                          .blocks(rendered.blocks()));
          if (!response.isOk()) {
            return failure(message.channel().tenant(), response.getError(), response);
          }
          return delivered(message.channel(), message.messageId());
        });
  }

  private DeliveryResult postMessage(
      ChannelRef channel, Optional<String> threadTs, MessageBody body) {
    SlackMessage message = renderer.render(body);
    return call(
        channel.tenant(),
        "chat.postMessage",
        client -> {
          ChatPostMessageResponse response =
              client.chatPostMessage(
                  r ->
                      r.channel(channel.channelId())
                          .threadTs(threadTs.orElse(null))
                          .text(message.text())
                          .blocks(message.blocks())
                          .unfurlLinks(false));
          if (!response.isOk()) {
            return failure(channel.tenant(), response.getError(), response);
          }
          return delivered(channel, response.getTs());
        });
  }

  private DeliveryResult delivered(ChannelRef channel, String ts) {
    errors.succeeded(channel.tenant().tenantId());
    return new DeliveryResult.Delivered(new MessageRef(channel, ts));
  }

  private DeliveryResult failure(TenantRef tenant, String error, SlackApiResponse response) {
    return errors.fromError(tenant.tenantId(), error, response.getHttpResponseHeaders());
  }

  private DeliveryResult call(TenantRef tenant, String method, SlackCall work) {
    if (tenant.platform() != Platform.SLACK) {
      return new DeliveryResult.Failed("not a Slack destination");
    }
    Optional<String> token = tokens.forTeam(tenant.tenantId());
    if (token.isEmpty()) {
      return new DeliveryResult.Failed("not installed in workspace " + tenant.tenantId());
    }
    Duration wait = limits.acquire(tenant.tenantId(), method);
    if (!wait.isZero()) {
      return new DeliveryResult.Throttled(wait, "Slack tier limit for " + method);
    }
    DeliveryResult result;
    try {
      result = work.run(slack.methods(token.get(), tenant.tenantId()));
    } catch (SlackApiException e) {
      result = errors.fromHttp(tenant.tenantId(), e);
    } catch (IOException e) {
      result = errors.fromIo(tenant.tenantId(), e);
    }
    // chat.postMessage 429s are per channel (core pauses the channel); other methods' limits are
    // per workspace, so the whole workspace waits.
    if (result instanceof DeliveryResult.Throttled t
        && !"chat.postMessage".equals(method)
        && !t.reason().startsWith("Slack tier limit")) {
      limits.pause(tenant.tenantId(), method, t.after());
    }
    return result;
  }

  @FunctionalInterface
  private interface SlackCall {
    DeliveryResult run(MethodsClient client) throws IOException, SlackApiException;
  }
}
