package dev.rituals.core.testing;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.ChatGateway;
import dev.rituals.core.port.DeliveryResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A ChatGateway that records what it was asked to send and answers {@code Delivered} with
 * increasing message ids, unless a test scripts another answer.
 */
public final class RecordingChatGateway implements ChatGateway {
  /** One call: where to and what. */
  public record Sent(Destination destination, MessageBody body, MessageRef ref) {}

  private final Platform platform;
  private final List<Sent> sent = new ArrayList<>();
  private final AtomicLong ids = new AtomicLong(1000);
  private volatile Function<Destination, DeliveryResult> script = null;

  public RecordingChatGateway(Platform platform) {
    this.platform = platform;
  }

  /** Answer every later call with what {@code script} returns instead of {@code Delivered}. */
  public void answerWith(Function<Destination, DeliveryResult> script) {
    this.script = script;
  }

  public synchronized List<Sent> sent() {
    return List.copyOf(sent);
  }

  @Override
  public Platform platform() {
    return platform;
  }

  @Override
  public DeliveryResult post(ChannelRef channel, MessageBody body) {
    return record(new Destination.Channel(channel), channel, body);
  }

  @Override
  public DeliveryResult replyInThread(MessageRef parent, MessageBody body) {
    return record(new Destination.Thread(parent), parent.channel(), body);
  }

  @Override
  public DeliveryResult directMessage(UserRef user, MessageBody body) {
    ChannelRef dm = new ChannelRef(user.tenant(), "D-" + user.userId());
    return record(new Destination.Direct(user), dm, body);
  }

  @Override
  public DeliveryResult privateReply(ChannelRef channel, UserRef user, MessageBody body) {
    return record(new Destination.Private(channel, user), channel, body);
  }

  @Override
  public DeliveryResult update(MessageRef message, MessageBody body) {
    return record(new Destination.Update(message), message.channel(), body);
  }

  private synchronized DeliveryResult record(
      Destination destination, ChannelRef where, MessageBody body) {
    if (script != null) {
      DeliveryResult scripted = script.apply(destination);
      if (!(scripted instanceof DeliveryResult.Delivered)) {
        return scripted;
      }
    }
    MessageRef ref = new MessageRef(where, "m" + ids.incrementAndGet());
    sent.add(new Sent(destination, body, ref));
    return new DeliveryResult.Delivered(ref);
  }
}
