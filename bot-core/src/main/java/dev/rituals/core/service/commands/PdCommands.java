package dev.rituals.core.service.commands;

import dev.rituals.core.command.RecognitionCommand.PdRuleSet;
import dev.rituals.core.command.RecognitionCommand.PdStatementFor;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.DocumentLinks;
import dev.rituals.core.recognition.CredentialIssuer;
import dev.rituals.core.recognition.PdCertificatePdf;
import dev.rituals.core.recognition.PdLedger;
import dev.rituals.core.recognition.PdRule;
import dev.rituals.core.recognition.PdStatement;
import dev.rituals.core.recognition.RecognitionPorts;
import dev.rituals.core.recognition.RecognitionSettings;
import dev.rituals.core.service.Ports;
import dev.rituals.core.usecase.CommandReply;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * pd rule (moderators set it, everyone reads it) and pd statement (a member's certificate and
 * credential, as links only they see).
 */
final class PdCommands {
  /** The media type VC-JOSE-COSE registers for a credential secured as a JWT. */
  static final String CREDENTIAL_TYPE = "application/vc+jwt";

  private final RecognitionPorts recognition;
  private final DocumentLinks documents;
  private final PdLedger ledger;
  private final PrivateReplies replies;
  private final Optional<CredentialIssuer> credentials;

  PdCommands(
      Ports ports,
      RecognitionPorts recognition,
      DocumentLinks documents,
      Optional<CredentialIssuer> credentials,
      Clock clock) {
    this.recognition = recognition;
    this.documents = documents;
    this.credentials = credentials;
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
    // Sign first: if that fails, nothing has been stored for a link that is never sent.
    Optional<String> jwt = credentials.map(issuer -> issuer.issue(s, community.id(), me));
    String pdf;
    Optional<String> credential;
    try {
      pdf =
          documents.publish(me, base + ".pdf", "application/pdf", new PdCertificatePdf().render(s));
      credential =
          jwt.map(
              token ->
                  documents.publish(
                      me,
                      base + ".jwt",
                      CREDENTIAL_TYPE,
                      token.getBytes(StandardCharsets.US_ASCII)));
    } catch (DocumentLinks.TooLargeException e) {
      return CommandReply.usage(e.getMessage());
    }
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
            + credential
                .map(
                    link ->
                        "\n• Open Badges 3.0 credential, signed (VC-JWT, for a badge wallet or"
                            + " verifier): "
                            + link)
                .orElse("\n• Open Badges credentials are not enabled on this installation.")
            + "\nThe links work for a limited time.");
  }
}
