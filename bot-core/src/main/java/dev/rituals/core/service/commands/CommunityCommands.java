package dev.rituals.core.service.commands;

import dev.rituals.core.command.CommunityCreate;
import dev.rituals.core.command.DaysOfWeek;
import dev.rituals.core.command.QuotedText;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Member;
import dev.rituals.core.model.MemberRole;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.port.CommunityRepository.ChannelTakenException;
import dev.rituals.core.service.Ports;
import dev.rituals.core.usecase.CommandReply;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** community create | info | join | leave. */
final class CommunityCommands {
  private final Ports ports;
  private final Clock clock;

  CommunityCommands(Ports ports, Clock clock) {
    this.ports = ports;
    this.clock = clock;
  }

  CommandReply create(CommandContext ctx, CommunityCreate command) {
    if (ctx.request().channel().isEmpty()) {
      return CommandReply.usage(
          "Create a community inside the channel where it will meet: invite me there, then type `"
              + ctx.prefix()
              + "community create \"Science Teachers\"` in it.");
    }
    ChannelRef channel = ctx.request().channel().get();
    if (ctx.community().isPresent()) {
      return CommandReply.usage(
          "This channel already belongs to *" + ctx.community().get().name() + "*.");
    }
    ZoneId zone = command.zone().orElse(ctx.request().userZone().orElse(ZoneOffset.UTC));
    Community community =
        new Community(
            CommunityId.random(),
            channel.tenant(),
            command.name().value(),
            command.domain().map(QuotedText::value).orElse(""),
            zone,
            Set.of(channel),
            clock.instant());
    Member moderator =
        Member.joining(
                community.id(), ctx.request().user(), ctx.request().displayName(), clock.instant())
            .withRole(MemberRole.MODERATOR);
    try {
      ports
          .transactions()
          .inTransaction(
              () -> {
                ports.communities().save(community);
                ports.members().save(moderator);
              });
    } catch (ChannelTakenException e) {
      return CommandReply.usage("This channel already belongs to another community.");
    }
    return CommandReply.ok(
        "Created *"
            + community.name()
            + "* in this channel (time zone "
            + zone.getId()
            + "). You are its moderator. Next: `"
            + ctx.prefix()
            + "schedule add` to set up a weekly question.");
  }

  CommandReply info(CommandContext ctx) {
    if (ctx.community().isEmpty()) {
      return ctx.noCommunity();
    }
    Community community = ctx.community().get();
    List<Member> members = ports.members().findByCommunity(community.id());
    String moderators =
        members.stream()
            .filter(m -> m.role() == MemberRole.MODERATOR)
            .map(Member::displayName)
            .collect(Collectors.joining(", "));
    long rituals =
        ports.rituals().findByCommunity(community.id()).stream().filter(r -> !r.isAskNow()).count();
    StringBuilder text = new StringBuilder("*").append(community.name()).append("*");
    if (!community.domain().isEmpty()) {
      text.append(" — ").append(community.domain());
    }
    text.append("\n• Time zone: ").append(community.zone().getId());
    text.append("\n• Members: ").append(members.size());
    text.append("\n• Moderators: ").append(moderators.isEmpty() ? "none" : moderators);
    text.append("\n• Rituals: ").append(rituals);
    text.append("\n• Channels: ").append(community.channels().size());
    ctx.member()
        .ifPresentOrElse(
            m -> text.append("\nYou are a ").append(m.role().name().toLowerCase()).append("."),
            () ->
                text.append("\nYou are not a member yet: `")
                    .append(ctx.prefix())
                    .append("community join`."));
    return CommandReply.ok(text.toString());
  }

  /** Shows the school week, or (moderators, checked by the caller) sets it. */
  CommandReply week(CommandContext ctx, Community community, Optional<DaysOfWeek> days) {
    if (days.isPresent()) {
      Community updated =
          community.withCalendar(community.calendar().withSchoolDays(days.get().days()));
      ports.transactions().inTransaction(() -> ports.communities().save(updated));
      community = updated;
    }
    return CommandReply.ok(
        "The school week of *"
            + community.name()
            + "* is "
            + Describe.days(community.calendar().schoolDays())
            + ". Slow chats post their daily questions on these days, skipping holidays"
            + (days.isPresent()
                ? "."
                : " (change it with `" + ctx.prefix() + "community week sun-thu`)."));
  }

  CommandReply join(CommandContext ctx) {
    if (ctx.community().isEmpty()) {
      return ctx.noCommunity();
    }
    Community community = ctx.community().get();
    if (ctx.member().isPresent()) {
      return CommandReply.ok("You are already a member of *" + community.name() + "*.");
    }
    ports
        .transactions()
        .inTransaction(
            () ->
                ports
                    .members()
                    .save(
                        Member.joining(
                            community.id(),
                            ctx.request().user(),
                            ctx.request().displayName(),
                            clock.instant())));
    return CommandReply.ok(
        "Welcome to *" + community.name() + "*! Answer the next question in its thread.");
  }

  CommandReply leave(CommandContext ctx) {
    if (ctx.community().isEmpty()) {
      return ctx.noCommunity();
    }
    Community community = ctx.community().get();
    if (ctx.member().isEmpty()) {
      return CommandReply.ok("You are not a member of *" + community.name() + "*.");
    }
    boolean lastModerator =
        ctx.member().get().role() == MemberRole.MODERATOR
            && ports.members().findByCommunity(community.id()).stream()
                    .filter(m -> m.role() == MemberRole.MODERATOR)
                    .count()
                == 1;
    if (lastModerator) {
      return CommandReply.usage(
          "You are the only moderator of *"
              + community.name()
              + "*. Make someone else a moderator first, so the community keeps one.");
    }
    ports
        .transactions()
        .inTransaction(() -> ports.members().remove(community.id(), ctx.request().user()));
    return CommandReply.ok(
        "You left *" + community.name() + "*. Your past answers stay in its archive.");
  }

  static boolean visible(Ritual ritual) {
    return !ritual.isAskNow();
  }
}
