package dev.rituals.core.testing;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.ChatGateway;
import dev.rituals.core.port.DeliveryResult;

/**
 * A test platform where every kind of message is a post: thread replies, private notes and updates
 * go to their channel, a direct message to the channel {@code D<userId>}. Subclasses say what a
 * post does.
 */
public abstract class ChannelPostGateway implements ChatGateway {

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
