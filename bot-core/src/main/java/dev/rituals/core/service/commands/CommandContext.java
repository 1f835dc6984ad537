package dev.rituals.core.service.commands;

import dev.rituals.core.model.Community;
import dev.rituals.core.model.Member;
import dev.rituals.core.model.Platform;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.CommandRequest;
import java.util.Optional;

/**
 * A command with what it is about: the community of the channel it was typed in (or the one
 * community of a person typing in a direct chat) and the person's membership in it.
 */
record CommandContext(
    CommandRequest request, Optional<Community> community, Optional<Member> member) {

  /** How commands are typed on this platform, for examples in replies. */
  String prefix() {
    return request.user().platform() == Platform.SLACK ? "/rituals " : "@Rituals ";
  }

  boolean canConfigure() {
    return request.tenantAdmin() || member.map(m -> m.role().canConfigure()).orElse(false);
  }

  /** The reply when there is no community to act on. */
  CommandReply noCommunity() {
    if (request.channel().isEmpty()) {
      return CommandReply.notFound(
          "Run this in your community's channel (you are in more than one community, or in none"
              + " yet).");
    }
    return CommandReply.notFound(
        "This channel has no community yet. Start one with `"
            + prefix()
            + "community create \"Science Teachers\"`.");
  }

  /** The reply for a person who may not change the community. */
  CommandReply moderatorsOnly(String what) {
    String name = community.map(Community::name).orElse("this community");
    return CommandReply.denied(
        "Only moderators of *"
            + name
            + "* can "
            + what
            + ". Ask a moderator, or see `"
            + prefix()
            + "community info` for who they are.");
  }
}
