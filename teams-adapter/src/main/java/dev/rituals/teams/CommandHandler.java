package dev.rituals.teams;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import dev.rituals.core.command.AdminCommand;
import dev.rituals.core.command.CommandParser;
import dev.rituals.core.command.ParseResult;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.CommandRequest;
import dev.rituals.core.usecase.EditProfileUseCase;
import dev.rituals.core.usecase.HandleCommandUseCase;
import dev.rituals.core.usecase.ProfileField;
import dev.rituals.core.usecase.ScheduleForm;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code @Rituals <command>} in a channel or group chat, and plain text in personal chat, through
 * core's one grammar. The reply goes back where the command was typed: the SDK replies to the
 * activity, which in a channel keeps it in the same reply chain.
 */
final class CommandHandler {
  private final HandleCommandUseCase commands;
  private final MyStats stats;
  private final Optional<EditProfileUseCase> profiles;
  private final TeamsAdmins admins;
  private final AdminCommandHandler adminCommands;
  private final Clock clock;

  CommandHandler(
      HandleCommandUseCase commands,
      MyStats stats,
      Optional<EditProfileUseCase> profiles,
      TeamsAdmins admins,
      Clock clock) {
    this.commands = commands;
    this.stats = stats;
    this.profiles = profiles;
    this.admins = admins;
    this.adminCommands = new AdminCommandHandler(admins);
    this.clock = clock;
  }

  CompletableFuture<Void> onCommand(TurnContext turn, TeamsConversation where, String text) {
    if (where.user().isEmpty()) {
      return CompletableFuture.completedFuture(null);
    }
    Optional<ZoneId> zone = zoneOf(turn.getActivity());
    // Recognised per tenant: the admin list and the configuration are both keyed by tenant.
    boolean tenantAdmin = admins.recognises(where);
    if (where.personal() && MyStats.asks(text)) {
      return turn.sendActivity(
              stats.reply(where.user().get(), where.displayName(), zone, tenantAdmin))
          .thenApply(sent -> null);
    }
    Optional<AdminCommand> admin = adminCommand(text);
    if (admin.isPresent()) {
      return adminCommands.handle(turn, where, admin.get());
    }
    CommandReply reply =
        commands.handle(
            new CommandRequest(
                where.user().get(), where.displayName(), where.channel(), text, tenantAdmin, zone));
    if (reply.form().filter(f -> f == CommandReply.Form.PROFILE).isPresent()
        && profiles.isPresent()) {
      Map<ProfileField, String> current = profiles.get().current(where.user().get());
      return turn.sendActivity(
              Cards.message(ProfileFormCard.render("", current, Map.of()), "Your profile"))
          .thenApply(sent -> null);
    }
    return turn.sendActivity(render(reply, zone)).thenApply(sent -> null);
  }

  /** Teams keeps its own admins: these commands are answered here, not by core. */
  private Optional<AdminCommand> adminCommand(String text) {
    if (!text.regionMatches(true, 0, "admin", 0, "admin".length())) {
      return Optional.empty(); // most commands: no second parse
    }
    return new CommandParser(clock).parse(text) instanceof ParseResult.Parsed parsed
            && parsed.command() instanceof AdminCommand command
        ? Optional.of(command)
        : Optional.empty();
  }

  static Activity render(CommandReply reply, Optional<ZoneId> zone) {
    if (reply.form().isEmpty()) {
      return ReportCard.render(reply).orElseGet(() -> TeamsText.message(reply.text()));
    }
    return switch (reply.form().get()) {
      case SCHEDULE_ADD -> {
        Map<ScheduleForm.Field, String> defaults = new EnumMap<>(ScheduleForm.Field.class);
        zone.ifPresent(z -> defaults.put(ScheduleForm.Field.ZONE, z.getId()));
        yield Cards.message(
            ScheduleFormCard.render(ScheduleFormCard.INTRO, defaults, Map.of()), "Add a ritual");
      }
      case PROFILE ->
          Cards.message(
              Cards.card(
                  List.of(
                      Cards.heading("Your profile"), Cards.text(TeamsText.markdown(reply.text()))),
                  List.of()),
              "Your profile");
    };
  }

  /** Teams tells the sender's IANA time zone in {@code localTimezone} (not always). */
  static Optional<ZoneId> zoneOf(Activity activity) {
    String zone = activity.getLocalTimezone();
    if (zone == null || zone.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(zone));
    } catch (DateTimeException unknownZone) {
      return Optional.empty();
    }
  }
}
