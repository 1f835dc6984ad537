package dev.rituals.app.simulate;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageKind;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.ChatGateway;
import dev.rituals.core.port.DeliveryResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** A chat platform in memory: takes every message, remembers prompts and recaps it was sent. */
final class SimulatedChat implements ChatGateway {
  private final AtomicLong ids = new AtomicLong();
  private final List<MessageRef> prompts = new ArrayList<>();
  private final List<String> recaps = new ArrayList<>();
  private final List<Post> posts = new ArrayList<>();

  /** A message posted in a channel, for the live feed of a chat simulation. */
  record Post(MessageKind kind, String text, Optional<String> number, MessageRef ref) {}

  private int directMessages;

  @Override
  public Platform platform() {
    return Platform.SLACK;
  }

  @Override
  public synchronized DeliveryResult post(ChannelRef channel, MessageBody body) {
    MessageRef ref = new MessageRef(channel, "sim-" + ids.incrementAndGet());
    if (body.kind() == MessageKind.PROMPT) {
      prompts.add(ref);
    } else if (body.kind() == MessageKind.RECAP) {
      recaps.add(body.text());
    }
    posts.add(new Post(body.kind(), body.text(), body.field("number"), ref));
    return new DeliveryResult.Delivered(ref);
  }

  @Override
  public DeliveryResult replyInThread(MessageRef parent, MessageBody body) {
    return post(parent.channel(), body);
  }

  @Override
  public synchronized DeliveryResult directMessage(UserRef user, MessageBody body) {
    directMessages++;
    return new DeliveryResult.Delivered(
        new MessageRef(
            new ChannelRef(user.tenant(), "D-" + user.userId()), "sim-" + ids.incrementAndGet()));
  }

  @Override
  public DeliveryResult privateReply(ChannelRef channel, UserRef user, MessageBody body) {
    return directMessage(user, body);
  }

  @Override
  public DeliveryResult update(MessageRef message, MessageBody body) {
    return new DeliveryResult.Delivered(message);
  }

  synchronized MessageRef lastPrompt() {
    return prompts.get(prompts.size() - 1);
  }

  /** The channel posts since the last call. */
  synchronized List<Post> takePosts() {
    List<Post> taken = List.copyOf(posts);
    posts.clear();
    return taken;
  }

  synchronized List<String> recaps() {
    return List.copyOf(recaps);
  }

  synchronized int directMessages() {
    return directMessages;
  }
}
