package dev.rituals.core.service.commands;

import dev.rituals.core.model.Community;
import dev.rituals.core.model.Member;
import dev.rituals.core.service.Ports;
import dev.rituals.core.usecase.CommandReply;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * nudges on | off: a person's own choice about reminders. Typed in a community's channel it applies
 * to that community; in a direct chat (where the nudges arrive) to every community they belong to.
 */
final class NudgeCommands {
  private final Ports ports;

  NudgeCommands(Ports ports) {
    this.ports = ports;
  }

  CommandReply nudges(CommandContext ctx, Optional<Boolean> on) {
    List<Member> memberships =
        ctx.request().channel().isPresent()
            ? ctx.member().stream().toList()
            : ports.members().findByUser(ctx.request().user());
    if (memberships.isEmpty()) {
      return ctx.community().isPresent()
          ? CommandReply.notFound(
              "You are not a member of *"
                  + ctx.community().get().name()
                  + "*, so you get no reminders from it.")
          : ctx.noCommunity();
    }
    String where =
        memberships.stream()
            .map(m -> ports.communities().findById(m.communityId()).map(Community::name))
            .flatMap(Optional::stream)
            .map(name -> "*" + name + "*")
            .collect(Collectors.joining(", "));
    if (on.isEmpty()) {
      boolean anyOn = memberships.stream().anyMatch(Member::nudgesEnabled);
      return CommandReply.ok(
          "Reminders from "
              + where
              + " are "
              + (anyOn ? "on" : "off")
              + ". Change with `"
              + ctx.prefix()
              + (anyOn ? "nudges off" : "nudges on")
              + "`.");
    }
    ports
        .transactions()
        .inTransaction(
            () -> memberships.forEach(m -> ports.members().save(m.withNudges(on.get()))));
    return CommandReply.ok(
        on.get()
            ? "Reminders are on: you'll get one private nudge before a question of "
                + where
                + " closes, if you haven't answered yet."
            : "Reminders are off for "
                + where
                + ". Turn them back on any time with `"
                + ctx.prefix()
                + "nudges on`.");
  }
}
