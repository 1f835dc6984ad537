package dev.rituals.core.model;

import java.util.Objects;

/** Where an outgoing message goes. Each platform's ChatGateway knows how to reach each kind. */
public sealed interface Destination {
  /** The channel (or Teams conversation) the destination lives in, for per-channel ordering. */
  String orderingKey();

  TenantRef tenant();

  /** A new top-level message in a channel. */
  record Channel(ChannelRef channel) implements Destination {
    public Channel {
      Objects.requireNonNull(channel, "channel");
    }

    public String orderingKey() {
      return channel.channelId();
    }

    public TenantRef tenant() {
      return channel.tenant();
    }
  }

  /** A reply in the thread (reply chain) under a message. */
  record Thread(MessageRef parent) implements Destination {
    public Thread {
      Objects.requireNonNull(parent, "parent");
    }

    public String orderingKey() {
      return parent.channel().channelId();
    }

    public TenantRef tenant() {
      return parent.channel().tenant();
    }
  }

  /** A direct (personal) message to one person. */
  record Direct(UserRef user) implements Destination {
    public Direct {
      Objects.requireNonNull(user, "user");
    }

    public String orderingKey() {
      return "dm:" + user.userId();
    }

    public TenantRef tenant() {
      return user.tenant();
    }
  }

  /** A message in a channel that only one person sees (Slack ephemeral). */
  record Private(ChannelRef channel, UserRef user) implements Destination {
    public Private {
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(user, "user");
    }

    public String orderingKey() {
      return channel.channelId();
    }

    public TenantRef tenant() {
      return channel.tenant();
    }
  }

  /** Replace the content of a message the bot posted earlier. */
  record Update(MessageRef message) implements Destination {
    public Update {
      Objects.requireNonNull(message, "message");
    }

    public String orderingKey() {
      return message.channel().channelId();
    }

    public TenantRef tenant() {
      return message.channel().tenant();
    }
  }
}
