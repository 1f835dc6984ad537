package dev.rituals.core.service.delivery;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Platform;
import dev.rituals.core.port.DeliveryResult;
import dev.rituals.core.testing.ChannelPostGateway;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A gateway answering from a script per message text (default: delivered) and recording posts. */
final class ScriptedGateway extends ChannelPostGateway {
  private final Platform platform;
  private final Map<String, Deque<DeliveryResult>> scripts = new HashMap<>();
  final List<String> posted = new ArrayList<>();
  final List<String> calls = new ArrayList<>();

  /** Runs at every send, e.g. to let time pass while the platform answers. */
  Runnable onSend = () -> {};

  ScriptedGateway(Platform platform) {
    this.platform = platform;
  }

  /** The next sends of the message with {@code text} answer these, in order. */
  void script(String text, DeliveryResult... answers) {
    scripts.computeIfAbsent(text, t -> new ArrayDeque<>()).addAll(List.of(answers));
  }

  @Override
  public Platform platform() {
    return platform;
  }

  @Override
  public DeliveryResult post(ChannelRef channel, MessageBody body) {
    onSend.run();
    calls.add(channel.channelId() + ":" + body.text());
    Deque<DeliveryResult> script = scripts.get(body.text());
    if (script != null && !script.isEmpty()) {
      return script.poll();
    }
    posted.add(channel.channelId() + ":" + body.text());
    return new DeliveryResult.Delivered(new MessageRef(channel, "ts" + posted.size()));
  }
}
