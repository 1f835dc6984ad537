package dev.rituals.core.service.commands;

import dev.rituals.core.command.Command;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.LinkCode;
import dev.rituals.core.model.Member;
import dev.rituals.core.model.MemberRole;
import dev.rituals.core.service.Ports;
import dev.rituals.core.usecase.CommandReply;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * {@code community link}: one community meeting in several channels, on Slack and Teams. A
 * moderator gets a one-time code in the community's channel; typed in another channel it binds that
 * channel, and the person who typed it moderates there.
 */
final class LinkCommands {
  static final Duration VALID_FOR = Duration.ofHours(24);

  private final Ports ports;
  private final Clock clock;
  private final RandomGenerator random;

  LinkCommands(Ports ports, Clock clock) {
    this(ports, clock, new SecureRandom());
  }

  LinkCommands(Ports ports, Clock clock, RandomGenerator random) {
    this.ports = ports;
    this.clock = clock;
    this.random = random;
  }

  CommandReply link(CommandContext ctx, Command.CommunityLink command) {
    return command.code().isPresent() ? redeem(ctx, command.code().get()) : issue(ctx);
  }

  private CommandReply issue(CommandContext ctx) {
    if (ctx.community().isEmpty()) {
      return ctx.noCommunity();
    }
    if (!ctx.canConfigure()) {
      return ctx.moderatorsOnly("link another channel");
    }
    Community community = ctx.community().get();
    LinkCode code =
        new LinkCode(
            newCode(), community.id(), ctx.request().user(), clock.instant().plus(VALID_FOR));
    ports.transactions().inTransaction(() -> ports.linkCodes().save(code));
    return CommandReply.ok(
        "Link code for *"
            + community.name()
            + "*: *"
            + code.code()
            + "* (works once, for 24 hours).\nIn the other channel, in Slack type `/rituals"
            + " community link "
            + code.code()
            + "`, in Teams `@Rituals community link "
            + code.code()
            + "`. Prompts will then be posted there too, and answers from both count in one"
            + " report.");
  }

  private CommandReply redeem(CommandContext ctx, String code) {
    if (ctx.request().channel().isEmpty()) {
      return CommandReply.usage("Type the link code in the channel you want to add, not here.");
    }
    ChannelRef channel = ctx.request().channel().get();
    if (ctx.community().isPresent()) {
      return CommandReply.usage(
          "This channel already belongs to *" + ctx.community().get().name() + "*.");
    }
    Optional<Community> linked =
        ports
            .transactions()
            .inTransaction(
                () -> {
                  Optional<LinkCode> taken = ports.linkCodes().take(code, clock.instant());
                  Optional<Community> community =
                      taken.flatMap(t -> ports.communities().findById(t.communityId()));
                  community.ifPresent(
                      c -> {
                        ports.communities().save(c.withChannel(channel));
                        if (ports.members().find(c.id(), ctx.request().user()).isEmpty()) {
                          ports
                              .members()
                              .save(
                                  Member.joining(
                                          c.id(),
                                          ctx.request().user(),
                                          ctx.request().displayName(),
                                          clock.instant())
                                      .withRole(MemberRole.MODERATOR));
                        }
                      });
                  return community;
                });
    if (linked.isEmpty()) {
      return CommandReply.notFound(
          "The code "
              + code
              + " is unknown, used or expired. Ask a moderator to type `community link` in the"
              + " community's channel for a new one.");
    }
    Community community = linked.get();
    return CommandReply.ok(
        "This channel now meets with *"
            + community.name()
            + "*, together with "
            + community.channels().size()
            + (community.channels().size() == 1 ? " other channel" : " other channels")
            + ". Its questions will be posted here too.");
  }

  private String newCode() {
    String alphabet = Command.CommunityLink.ALPHABET;
    StringBuilder code = new StringBuilder(9);
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        code.append('-');
      }
      code.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return code.toString();
  }
}
