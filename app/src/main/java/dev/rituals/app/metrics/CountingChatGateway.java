package dev.rituals.app.metrics;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.ChatGateway;
import dev.rituals.core.port.DeliveryResult;
import java.util.function.Supplier;

/**
 * The outbox's view of a platform, counting what each send came to: delivered, retry (rate limit or
 * transient failure), failed (permanent), or error (the gateway threw).
 */
public final class CountingChatGateway implements ChatGateway {
  private final ChatGateway gateway;
  private final AppMetrics metrics;

  public CountingChatGateway(ChatGateway gateway, AppMetrics metrics) {
    this.gateway = gateway;
    this.metrics = metrics;
    metrics.platform(gateway.platform());
  }

  @Override
  public Platform platform() {
    return gateway.platform();
  }

  @Override
  public DeliveryResult post(ChannelRef channel, MessageBody body) {
    return counted(() -> gateway.post(channel, body));
  }

  @Override
  public DeliveryResult replyInThread(MessageRef parent, MessageBody body) {
    return counted(() -> gateway.replyInThread(parent, body));
  }

  @Override
  public DeliveryResult directMessage(UserRef user, MessageBody body) {
    return counted(() -> gateway.directMessage(user, body));
  }

  @Override
  public DeliveryResult privateReply(ChannelRef channel, UserRef user, MessageBody body) {
    return counted(() -> gateway.privateReply(channel, user, body));
  }

  @Override
  public DeliveryResult update(MessageRef message, MessageBody body) {
    return counted(() -> gateway.update(message, body));
  }

  private DeliveryResult counted(Supplier<DeliveryResult> send) {
    DeliveryResult result;
    try {
      result = send.get();
    } catch (RuntimeException e) {
      metrics.delivery(gateway.platform(), "error");
      throw e;
    }
    metrics.delivery(gateway.platform(), outcome(result));
    return result;
  }

  static String outcome(DeliveryResult result) {
    if (result instanceof DeliveryResult.Delivered) {
      return "delivered";
    }
    return result instanceof DeliveryResult.RetryLater ? "retry" : "failed";
  }
}
