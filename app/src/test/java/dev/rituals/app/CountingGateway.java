package dev.rituals.app;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Platform;
import dev.rituals.core.port.DeliveryResult;
import dev.rituals.core.testing.ChannelPostGateway;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Slack stand-in for one cluster node: counts its own sends, and adds them to a count shared by
 * every node, so a message sent by two nodes shows up as a duplicate.
 */
final class CountingGateway extends ChannelPostGateway {
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
}
