package dev.rituals.core.port;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.UserRef;

/**
 * Sends messages on one platform. Implementations render {@link MessageBody} natively (Block Kit,
 * Adaptive Cards) and never throw for platform errors: they answer with a {@link DeliveryResult}.
 */
public interface ChatGateway {
  Platform platform();

  DeliveryResult post(ChannelRef channel, MessageBody body);

  DeliveryResult replyInThread(MessageRef parent, MessageBody body);

  DeliveryResult directMessage(UserRef user, MessageBody body);

  /** A message in the channel only {@code user} sees (Slack ephemeral; Teams: a personal chat). */
  DeliveryResult privateReply(ChannelRef channel, UserRef user, MessageBody body);

  DeliveryResult update(MessageRef message, MessageBody body);
}
