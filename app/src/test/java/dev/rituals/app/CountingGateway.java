package dev.rituals.app;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.ChatGateway;
import dev.rituals.core.port.DeliveryResult;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Slack stand-in for one cluster node: counts its own sends, and adds them to a count shared by
 * every node, so a message sent by two nodes shows up as a duplicate.
 */
final class CountingGateway implements ChatGateway {
  private final Map<String, Integer> everyNode;
  private final AtomicInteger mine = new AtomicInteger();

  CountingGateway(Map<String, Integer> everyNode) {
    this.everyNode = everyNode;
  }

  static Map<String, Integer> shared() {
    return new ConcurrentHashMap<>();
  }

  int sent() {
    return mine.get();
  }

  @Override
  public Platform platform() {
    return Platform.SLACK;
  }

  @Override
  public DeliveryResult post(ChannelRef channel, MessageBody body) {
    everyNode.merge(channel.channelId(), 1, Integer::sum);
    return new DeliveryResult.Delivered(
        new MessageRef(
            channel, "m" + mine.incrementAndGet() + "-" + System.identityHashCode(this)));
  }

  @Override
  public DeliveryResult replyInThread(MessageRef parent, MessageBody body) {
    return post(parent.channel(), body);
  }

  @Override
  public DeliveryResult directMessage(UserRef user, MessageBody body) {
    return post(new ChannelRef(user.tenant(), "D" + user.userId()), body);
  }

  @Override
  public DeliveryResult privateReply(ChannelRef channel, UserRef user, MessageBody body) {
    return post(channel, body);
  }

  @Override
  public DeliveryResult update(MessageRef message, MessageBody body) {
    return post(message.channel(), body);
  }
}
