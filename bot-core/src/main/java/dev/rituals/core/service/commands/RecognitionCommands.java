package dev.rituals.core.service.commands;

import dev.rituals.core.command.RecognitionCommand;
import dev.rituals.core.command.RecognitionCommand.BadgesAnnounce;
import dev.rituals.core.command.RecognitionCommand.PdRuleSet;
import dev.rituals.core.command.RecognitionCommand.PdStatementFor;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.DocumentLinks;
import dev.rituals.core.recognition.Badge;
import dev.rituals.core.recognition.BadgeService;
import dev.rituals.core.recognition.Hosting;
import dev.rituals.core.recognition.OpenBadgeCredential;
import dev.rituals.core.recognition.PdCertificatePdf;
import dev.rituals.core.recognition.PdLedger;
import dev.rituals.core.recognition.PdRule;
import dev.rituals.core.recognition.PdStatement;
import dev.rituals.core.recognition.RecognitionPorts;
import dev.rituals.core.recognition.RecognitionSettings;
import dev.rituals.core.service.Ports;
import dev.rituals.core.usecase.CommandReply;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * badges, my badges, badges announce, pd rule, pd statement; the privacy commands go to {@link
 * PrivacyCommands}. Members act on their own record; only moderators change the PD rule.
 */
final class RecognitionCommands {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private final RecognitionPorts recognition;
  private final DocumentLinks documents;
  private final PdLedger ledger;
  private final PrivacyCommands privacy;
  private final Ports ports;
  private final BadgeService badges;
  private final Clock clock;

  RecognitionCommands(
      Ports ports, RecognitionPorts recognition, DocumentLinks documents, Clock clock) {
    this.ports = ports;
    this.recognition = recognition;
    this.badges = new BadgeService(ports, recognition, clock);
    this.clock = clock;
    this.documents = documents;
    this.ledger = new PdLedger(ports, recognition, clock);
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
                      new Hosting(community.id(), occurrence.id(), host, clock.instant()));
              return badges.evaluate(community, host);
            });
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
      return CommandReply.ok(describe(community, settings(community).pdRule(), ctx));
    }
    if (command instanceof PdRuleSet set) {
      return setRule(community, set, ctx);
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
      return statement(community, me, statement, ctx);
    }
    return badges(community, me, ctx);
  }

  private RecognitionSettings settings(Community community) {
    return recognition.settings().settings(community.id());
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

  private CommandReply setRule(Community community, PdRuleSet set, CommandContext ctx) {
    if (!ctx.canConfigure()) {
      return ctx.moderatorsOnly("set the PD-hours rule");
    }
    RecognitionSettings current = settings(community);
    PdRule old = current.pdRule();
    PdRule rule =
        new PdRule(
            set.perLiveChat().orElse(old.perLiveChat()),
            set.perPrompt().orElse(old.perPrompt()),
            set.perMeeting().orElse(old.perMentoringMeeting()));
    recognition.settings().saveSettings(community.id(), current.withPdRule(rule));
    return CommandReply.ok("Saved. " + describe(community, rule, ctx));
  }

  private static String describe(Community community, PdRule rule, CommandContext ctx) {
    if (!rule.isSet()) {
      return "*"
          + community.name()
          + "* has no PD-hours rule yet. A moderator sets one with `"
          + ctx.prefix()
          + "pd rule live-chat 60m prompt 10m mentoring 30m`.";
    }
    return "PD hours in *"
        + community.name()
        + "*: attended live chat "
        + PdStatement.hours(rule.perLiveChat())
        + ", answered prompt "
        + PdStatement.hours(rule.perPrompt())
        + ", mentoring meeting "
        + PdStatement.hours(rule.perMentoringMeeting())
        + ".";
  }

  private CommandReply statement(
      Community community, UserRef me, PdStatementFor request, CommandContext ctx) {
    DateRange range = new DateRange(request.range().from(), request.range().to());
    PdStatement s = ledger.statement(community, me, range);
    if (!s.rule().isSet()) {
      return CommandReply.notFound(describe(community, s.rule(), ctx));
    }
    if (s.entries().isEmpty()) {
      return CommandReply.ok(
          "No activity in *"
              + community.name()
              + "* from "
              + range.from()
              + " to "
              + range.to()
              + ", so there is no statement to issue.");
    }
    String base = "pd-hours-" + range.from() + "-" + range.to();
    String pdf =
        documents.publish(me, base + ".pdf", "application/pdf", new PdCertificatePdf().render(s));
    byte[] json =
        new OpenBadgeCredential()
            .toJson(s, community.id(), me)
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    String credential = documents.publish(me, base + ".json", "application/ld+json", json);
    return CommandReply.ok(
        "*"
            + PdStatement.hours(s.total())
            + "* of PD time in *"
            + community.name()
            + "* from "
            + range.from()
            + " to "
            + range.to()
            + " ("
            + s.entries().size()
            + " activities).\n• Certificate (PDF): "
            + pdf
            + "\n• Open Badges 3.0 credential (JSON): "
            + credential
            + "\nThe links work for a limited time.");
  }
}
