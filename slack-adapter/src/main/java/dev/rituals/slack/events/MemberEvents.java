package dev.rituals.slack.events;

import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import com.slack.api.model.event.MemberLeftChannelEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import dev.rituals.core.usecase.MembershipUseCase;
import dev.rituals.slack.SlackUsers;
import dev.rituals.slack.Tenants;
import java.util.function.Consumer;

/**
 * People joining and leaving channels, and the workspace removing the app. Core decides whether a
 * channel is a community's and sends the welcome DM through its outbox.
 */
public final class MemberEvents {
  private final MembershipUseCase membership;
  private final SlackUsers users;
  private final Consumer<String> forgetInstallation;

  /**
   * @param forgetInstallation deletes the workspace's stored tokens (OAuth installs); a no-op for a
   *     single workspace
   */
  public MemberEvents(
      MembershipUseCase membership, SlackUsers users, Consumer<String> forgetInstallation) {
    this.membership = membership;
    this.users = users;
    this.forgetInstallation = forgetInstallation;
  }

  public void joined(String teamId, MemberJoinedChannelEvent event, EventContext ctx) {
    if (event.getUser() == null || event.getUser().equals(ctx.getBotUserId())) {
      return; // the bot itself being added to a channel is not a new member
    }
    String name =
        users
            .find(teamId, event.getUser())
            .map(SlackUsers.Person::displayName)
            .orElse(event.getUser());
    membership.joinedChannel(
        Tenants.channel(teamId, event.getChannel()), Tenants.user(teamId, event.getUser()), name);
  }

  public void left(String teamId, MemberLeftChannelEvent event, EventContext ctx) {
    if (event.getUser() == null || event.getUser().equals(ctx.getBotUserId())) {
      return;
    }
    membership.leftChannel(
        Tenants.channel(teamId, event.getChannel()), Tenants.user(teamId, event.getUser()));
  }

  public void uninstalled(String teamId, AppUninstalledEvent event, EventContext ctx) {
    membership.uninstalled(Tenants.tenant(teamId));
    forgetInstallation.accept(teamId);
  }

  /** Only the bot token matters: revoked user tokens (we request none) change nothing. */
  public void revoked(String teamId, TokensRevokedEvent event, EventContext ctx) {
    if (event.getTokens() != null
        && event.getTokens().getBot() != null
        && !event.getTokens().getBot().isEmpty()) {
      uninstalled(teamId, null, ctx);
    }
  }
}
