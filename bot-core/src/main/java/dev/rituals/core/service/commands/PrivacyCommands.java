package dev.rituals.core.service.commands;

import dev.rituals.core.command.RecognitionCommand;
import dev.rituals.core.command.RecognitionCommand.ForgetMe;
import dev.rituals.core.command.RecognitionCommand.ForgetPolicySet;
import dev.rituals.core.command.RecognitionCommand.RetentionSet;
import dev.rituals.core.model.Community;
import dev.rituals.core.port.DocumentLinks;
import dev.rituals.core.recognition.ForgetService;
import dev.rituals.core.recognition.MemberDataExport;
import dev.rituals.core.recognition.RecognitionPorts;
import dev.rituals.core.recognition.RecognitionSettings;
import dev.rituals.core.recognition.RetentionPolicy;
import dev.rituals.core.service.Ports;
import dev.rituals.core.usecase.CommandReply;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * my data, forget me [confirm], community retention, community forget. A person's own data works
 * anywhere, including a direct chat; the community's policy is visible to all its members and set
 * by moderators.
 */
final class PrivacyCommands {
  private final Ports ports;
  private final RecognitionPorts recognition;
  private final DocumentLinks documents;
  private final MemberDataExport export;
  private final ForgetService forget;
  private final Clock clock;
  private final PrivateReplies replies;

  PrivacyCommands(Ports ports, RecognitionPorts recognition, DocumentLinks documents, Clock clock) {
    this.ports = ports;
    this.recognition = recognition;
    this.documents = documents;
    this.export = new MemberDataExport(ports, recognition, clock);
    this.forget = new ForgetService(ports, recognition);
    this.clock = clock;
    this.replies = new PrivateReplies(ports, clock);
  }

  CommandReply handle(RecognitionCommand command, CommandContext ctx) {
    if (command instanceof RecognitionCommand.MyData) {
      var me = ctx.request().user();
      byte[] json = export.toJson(me).getBytes(StandardCharsets.UTF_8);
      String day = clock.instant().toString().substring(0, 10);
      String link;
      try {
        link = documents.publish(me, "my-rituals-data-" + day + ".json", "application/json", json);
      } catch (DocumentLinks.TooLargeException e) {
        return CommandReply.usage(e.getMessage());
      }
      return replies.send(
          ctx,
          "Everything Rituals holds about you (profile, memberships, answers, badges, PD ledger)"
              + " as JSON: "
              + link
              + "\nThe link works for a limited time.");
    }
    if (command instanceof ForgetMe f) {
      return f.confirmed() ? forget(ctx) : askToConfirm(ctx);
    }
    if (ctx.community().isEmpty()) {
      return ctx.noCommunity();
    }
    Community community = ctx.community().get();
    RecognitionSettings settings = recognition.settings().settings(community.id());
    if (command instanceof RecognitionCommand.RetentionShow) {
      return CommandReply.ok(describe(community, settings.retention(), ctx));
    }
    if (!ctx.canConfigure()) {
      return ctx.moderatorsOnly("change how long answers are kept");
    }
    RetentionPolicy old = settings.retention();
    RetentionPolicy policy =
        command instanceof RetentionSet set
            ? new RetentionPolicy(
                old.mode(),
                set.days().isPresent() ? Optional.of(set.days().getAsInt()) : Optional.empty())
            : new RetentionPolicy(
                ((ForgetPolicySet) command).delete()
                    ? RetentionPolicy.Mode.DELETE
                    : RetentionPolicy.Mode.ANONYMISE,
                old.days());
    recognition.settings().saveSettings(community.id(), settings.withRetention(policy));
    return CommandReply.ok("Saved. " + describe(community, policy, ctx));
  }

  private static String describe(Community community, RetentionPolicy policy, CommandContext ctx) {
    return "Privacy in *"
        + community.name()
        + "*: "
        + policy.describe()
        + ". Moderators change this with `"
        + ctx.prefix()
        + "community retention <days>|forever` and `"
        + ctx.prefix()
        + "community forget delete|anonymise`.";
  }

  private CommandReply askToConfirm(CommandContext ctx) {
    var memberships = ports.members().findByUser(ctx.request().user());
    StringBuilder text =
        new StringBuilder(
            "This erases your profile, memberships, badges, preferences and PD ledger from Rituals"
                + " for good.");
    for (var m : memberships) {
      ports
          .communities()
          .findById(m.communityId())
          .ifPresent(
              c ->
                  text.append("\n• *")
                      .append(c.name())
                      .append("*: your answers will be ")
                      .append(
                          recognition.settings().settings(c.id()).retention().mode()
                                  == RetentionPolicy.Mode.DELETE
                              ? "deleted"
                              : "kept without your name"));
    }
    return CommandReply.ok(
        text.append("\nYou may want `")
            .append(ctx.prefix())
            .append("my data` first. To go ahead, type `")
            .append(ctx.prefix())
            .append("forget me confirm`.")
            .toString());
  }

  private CommandReply forget(CommandContext ctx) {
    ForgetService.Result r = forget.forget(ctx.request().user());
    return CommandReply.ok(
        "Done: Rituals has forgotten you in "
            + r.communities()
            + (r.communities() == 1 ? " community" : " communities")
            + " ("
            + r.answersDeleted()
            + " answers deleted, "
            + r.answersAnonymised()
            + " kept without your name). If you take part again, you start afresh.");
  }
}
