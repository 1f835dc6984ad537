package dev.rituals.core.service.commands;

import dev.rituals.core.command.ProfileCommand;
import dev.rituals.core.model.Profile;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.profile.ProfileEdits;
import dev.rituals.core.profile.ProfileImport;
import dev.rituals.core.profile.ProfileService;
import dev.rituals.core.service.Ports;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.ProfileField;
import dev.rituals.core.usecase.ProfileFormResult;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** profile show|edit|set|snooze|optout|optin (anyone, about themselves) and import (moderators). */
final class ProfileCommands {
  private static final int MAX_ERRORS_SHOWN = 10;
  private final ProfileService profiles;
  private final ProfileImport importer;

  ProfileCommands(Ports ports, Clock clock) {
    this.profiles = new ProfileService(ports.transactions(), ports.profiles(), clock);
    this.importer = new ProfileImport(profiles);
  }

  /** Everything but import: a person's own profile, in any channel or a direct chat. */
  CommandReply own(CommandContext ctx, ProfileCommand command) {
    UserRef user = ctx.request().user();
    if (command instanceof ProfileCommand.Edit) {
      return CommandReply.form(CommandReply.Form.PROFILE, describe(profiles.load(user), ctx));
    } else if (command instanceof ProfileCommand.Show) {
      return CommandReply.ok(describe(profiles.load(user), ctx));
    } else if (command instanceof ProfileCommand.Set set) {
      return saved(ctx, profiles.submit(user, Map.of(set.field(), set.value())));
    } else if (command instanceof ProfileCommand.Snooze snooze) {
      return saved(ctx, profiles.submit(user, Map.of(ProfileField.SNOOZE, snooze.until())));
    } else if (command instanceof ProfileCommand.OptOut) {
      profiles.save(ProfileEdits.optIn(profiles.load(user), false));
      return CommandReply.ok(
          "You are out of pairing rounds; your profile is kept. Come back with `"
              + ctx.prefix()
              + "profile optin`.");
    } else if (command instanceof ProfileCommand.OptIn) {
      profiles.save(ProfileEdits.optIn(profiles.load(user), true));
      return CommandReply.ok(
          "You are in the pairing rounds. Tell your partners about yourself with `"
              + ctx.prefix()
              + "profile`.");
    }
    throw new IllegalStateException("unhandled " + command.getClass().getSimpleName());
  }

  /** Moderators' CSV import: all rows or none. */
  CommandReply importAll(CommandContext ctx, ProfileCommand.Import command) {
    ProfileImport.Result result = importer.read(command.csv(), ctx.request().user());
    if (!result.errors().isEmpty()) {
      List<String> shown = result.errors().stream().limit(MAX_ERRORS_SHOWN).toList();
      String more =
          result.errors().size() > shown.size()
              ? "\n…and " + (result.errors().size() - shown.size()) + " more."
              : "";
      return CommandReply.usage(
          "Nothing was imported; fix these rows and import the whole file again:\n• "
              + String.join("\n• ", shown)
              + more);
    }
    if (result.profiles().isEmpty()) {
      return CommandReply.usage("The CSV has a header but no rows.");
    }
    result.profiles().forEach(profiles::save);
    return CommandReply.ok("Imported " + result.profiles().size() + " profiles.");
  }

  private static CommandReply saved(CommandContext ctx, ProfileFormResult result) {
    if (result instanceof ProfileFormResult.Invalid invalid) {
      return CommandReply.usage(
          String.join(" ", invalid.errors().values())
              + "\nExample: `"
              + ctx.prefix()
              + "profile set subjects science,math`");
    }
    return CommandReply.ok(((ProfileFormResult.Saved) result).message());
  }

  static String describe(Profile profile, CommandContext ctx) {
    StringBuilder text = new StringBuilder("*Your pairing profile*\n");
    ProfileEdits.render(profile)
        .forEach(
            (field, value) ->
                text.append("• ")
                    .append(field.label())
                    .append(": ")
                    .append(value.isBlank() ? "—" : value)
                    .append('\n'));
    return text.append("Change a field with `")
        .append(ctx.prefix())
        .append("profile set <field> <value>`.")
        .toString();
  }
}
