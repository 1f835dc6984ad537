package dev.rituals.core.service.commands;

import dev.rituals.core.command.AdminCommand;
import dev.rituals.core.model.Platform;
import dev.rituals.core.usecase.CommandReply;

/**
 * {@code admins}, {@code admin add|remove} as core sees them. Slack says who its admins are (a
 * workspace's admins and owners, from users.info), so there is nothing to keep here; the Teams
 * adapter keeps each tenant's list and answers these commands itself before they reach core.
 */
final class AdminCommands {
  static final String SLACK_ADMINS =
      "In Slack, Rituals admins are this workspace's admins and owners, as Slack lists them: they"
          + " may change every community here, as its moderators can.";

  CommandReply handle(CommandContext ctx, AdminCommand command) {
    if (ctx.request().user().platform() != Platform.SLACK) {
      return CommandReply.notFound("Rituals admins are not kept for this platform.");
    }
    if (command instanceof AdminCommand.ListAdmins) {
      return CommandReply.ok(SLACK_ADMINS);
    }
    return CommandReply.usage(
        SLACK_ADMINS + " To add or remove one, change their role in Slack's workspace settings.");
  }
}
