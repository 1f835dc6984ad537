package dev.rituals.core.service.commands;

import dev.rituals.core.command.Command;
import dev.rituals.core.command.ErrorCode;
import dev.rituals.core.command.ParseResult;
import dev.rituals.core.model.Hosting;
import dev.rituals.core.model.Question;
import dev.rituals.core.usecase.CommandReply;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A plain message in the direct chat with the bot, from a member invited to host, is their
 * question: people answer the invitation with the question itself rather than {@code host question
 * "..."}. Only words that are no command at all, and only when exactly one invitation is open, so a
 * mistyped command or an ambiguous answer never becomes a question by accident.
 */
final class DirectHostQuestion {
  private final HostCommands hosts;

  DirectHostQuestion(HostCommands hosts) {
    this.hosts = hosts;
  }

  /**
   * @return the reply when the message was taken as (or is too long for) the question; empty when
   *     it is simply not a command
   */
  Optional<CommandReply> take(CommandContext ctx, ParseResult.ParseError error) {
    String text = ctx.request().text().strip();
    if (ctx.request().channel().isPresent()
        || error.code() != ErrorCode.UNKNOWN_COMMAND
        || text.isEmpty()) {
      return Optional.empty();
    }
    List<Hosting> open = hosts.openInvitations(ctx);
    if (open.isEmpty()) {
      return Optional.empty();
    }
    if (open.size() > 1) {
      return Optional.of(
          CommandReply.usage(
              "You are invited to host "
                  + open.size()
                  + " rounds, so that message was not taken as a question. Write it as `"
                  + ctx.prefix()
                  + "host question \"...\"` for the soonest one."));
    }
    if (text.length() > Question.MAX_TEXT) {
      return Optional.of(
          CommandReply.usage(
              "That is too long for a question (at most "
                  + Question.MAX_TEXT
                  + " characters); please shorten it."));
    }
    return Optional.of(
        hosts.choose(ctx, new Command.HostQuestion(Optional.of(text), OptionalInt.empty())));
  }
}
