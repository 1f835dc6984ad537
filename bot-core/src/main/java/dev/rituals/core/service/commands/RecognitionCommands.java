package dev.rituals.core.service.commands;

import dev.rituals.core.command.RecognitionCommand;
import dev.rituals.core.command.RecognitionCommand.BadgesAnnounce;
import dev.rituals.core.command.RecognitionCommand.PdRuleSet;
import dev.rituals.core.command.RecognitionCommand.PdStatementFor;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.DocumentLinks;
import dev.rituals.core.recognition.Badge;
import dev.rituals.core.recognition.BadgeService;
import dev.rituals.core.recognition.CredentialIssuer;
import dev.rituals.core.recognition.HostedOccurrence;
import dev.rituals.core.recognition.RecognitionPorts;
import dev.rituals.core.service.Ports;
import dev.rituals.core.usecase.CommandReply;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * badges, my badges, badges announce, and the routing of the family: pd rule|statement go to {@link
 * PdCommands}, the privacy commands to {@link PrivacyCommands}. Members act on their own record.
 */
final class RecognitionCommands {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private final RecognitionPorts recognition;
  private final PdCommands pd;
  private final PrivacyCommands privacy;
  private final Ports ports;
  private final BadgeService badges;
  private final Clock clock;

  RecognitionCommands(
      Ports ports,
      RecognitionPorts recognition,
      DocumentLinks documents,
      Optional<CredentialIssuer> credentials,
      Clock clock) {
    this.ports = ports;
    this.recognition = recognition;
    this.badges = new BadgeService(ports, recognition, clock);
    this.clock = clock;
    this.pd = new PdCommands(ports, recognition, documents, credentials, clock);
    this.privacy = new PrivacyCommands(ports, recognition, documents, clock);
  }

  /**
   * Whoever posts a question with "ask now" hosts that round: evidence for the "Hosted a chat"
   * badge.
   */
  void hosted(Community community, Occurrence occurrence, CommandContext ctx) {
    UserRef host = ctx.request().user();
    ports
        .transactions()
        .inTransaction(
            () -> {
              recognition
                  .activity()
                  .recordHosting(
                      new HostedOccurrence(community.id(), occurrence.id(), host, clock.instant()));
              return badges.evaluate(community, host);
            });
  }

  /** "profile show" lists the person's badges in the community too. */
  CommandReply withBadges(CommandReply profile, CommandContext ctx) {
    if (profile.outcome() != CommandReply.Outcome.OK || ctx.community().isEmpty()) {
      return profile;
    }
    Community community = ctx.community().get();
    List<Badge> held = recognition.badges().findByMember(community.id(), ctx.request().user());
    if (held.isEmpty()) {
      return profile;
    }
    String titles = String.join(", ", held.stream().map(b -> b.kind().title()).toList());
    return new CommandReply(
        profile.outcome(),
        profile.text() + "\nBadges in *" + community.name() + "*: " + titles,
        profile.form());
  }

  CommandReply handle(RecognitionCommand command, CommandContext ctx) {
    if (command instanceof RecognitionCommand.MyData
        || command instanceof RecognitionCommand.ForgetMe
        || command instanceof RecognitionCommand.RetentionShow
        || command instanceof RecognitionCommand.RetentionSet
        || command instanceof RecognitionCommand.ForgetPolicySet) {
      return privacy.handle(command, ctx);
    }
    if (ctx.community().isEmpty()) {
      return ctx.noCommunity();
    }
    Community community = ctx.community().get();
    if (command instanceof RecognitionCommand.PdRuleShow) {
      return pd.show(community, ctx);
    }
    if (command instanceof PdRuleSet set) {
      return pd.setRule(community, set, ctx);
    }
    if (ctx.member().isEmpty()) {
      return CommandReply.notFound(
          "You are not a member of *"
              + community.name()
              + "* yet: join with `"
              + ctx.prefix()
              + "community join`.");
    }
    UserRef me = ctx.request().user();
    if (command instanceof BadgesAnnounce announce) {
      var prefs = recognition.settings().preferences(community.id(), me);
      recognition
          .settings()
          .savePreferences(community.id(), me, prefs.withAnnounceBadges(announce.on()));
      return CommandReply.ok(
          announce.on()
              ? "Your new badges will be announced in *" + community.name() + "*."
              : "Your new badges will no longer be announced; you still see them with `"
                  + ctx.prefix()
                  + "my badges`.");
    }
    if (command instanceof PdStatementFor statement) {
      return pd.statement(community, me, statement, ctx);
    }
    return badges(community, me, ctx);
  }

  private CommandReply badges(Community community, UserRef me, CommandContext ctx) {
    List<Badge> badges = recognition.badges().findByMember(community.id(), me);
    boolean announced = recognition.settings().preferences(community.id(), me).announceBadges();
    String announcing =
        "\nNew badges are "
            + (announced ? "announced in the channel" : "not announced")
            + " (`"
            + ctx.prefix()
            + "badges announce "
            + (announced ? "off" : "on")
            + "` changes that).";
    if (badges.isEmpty()) {
      return CommandReply.ok(
          "No badges in *"
              + community.name()
              + "* yet. Your first answer to a question earns the first one."
              + announcing);
    }
    StringBuilder text = new StringBuilder("Your badges in *" + community.name() + "*:\n");
    for (Badge b : badges) {
      text.append("• *")
          .append(b.kind().title())
          .append("* — ")
          .append(b.kind().description())
          .append(" (")
          .append(DAY.format(b.awardedAt().atZone(community.zone())))
          .append(")\n");
    }
    return CommandReply.ok(text.toString().stripTrailing() + announcing);
  }
}
