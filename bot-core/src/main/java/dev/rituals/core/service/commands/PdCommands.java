package dev.rituals.core.service.commands;

import dev.rituals.core.command.RecognitionCommand.PdRuleSet;
import dev.rituals.core.command.RecognitionCommand.PdStatementFor;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.DocumentLinks;
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

/**
 * pd rule (moderators set it, everyone reads it) and pd statement (a member's certificate and
 * credential, as links only they see).
 */
final class PdCommands {
  private final RecognitionPorts recognition;
  private final DocumentLinks documents;
  private final PdLedger ledger;
  private final PrivateReplies replies;

  PdCommands(Ports ports, RecognitionPorts recognition, DocumentLinks documents, Clock clock) {
    this.recognition = recognition;
    this.documents = documents;
    this.ledger = new PdLedger(ports, recognition, clock);
    this.replies = new PrivateReplies(ports, clock);
  }

  CommandReply show(Community community, CommandContext ctx) {
    return CommandReply.ok(describe(community, settings(community).pdRule(), ctx));
  }

  private RecognitionSettings settings(Community community) {
    return recognition.settings().settings(community.id());
  }

  CommandReply setRule(Community community, PdRuleSet set, CommandContext ctx) {
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

  CommandReply statement(
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
    return replies.send(
        ctx,
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
