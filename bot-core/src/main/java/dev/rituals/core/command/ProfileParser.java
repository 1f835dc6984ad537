package dev.rituals.core.command;

import dev.rituals.core.usecase.ProfileField;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code profile [show|edit|set|snooze|optout|optin|import]}. */
final class ProfileParser {
  static final String IMPORT_EXAMPLE =
      "profile import\nuser,roles,subjects,grades,school,experience,pairing\n"
          + "U024BE7LH,mentee,\"science,math\",6-8,Lincoln Middle,2,yes";

  /** The CSV is read from the raw lines, not from tokens (quotes and commas matter). */
  private static final Pattern IMPORT =
      Pattern.compile(
          "^\\s*(?:/rituals\\s+)?profiles?\\s+import(?=\\s|$)(.*)$",
          Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

  private ProfileParser() {}

  static Optional<ParseResult> importCommand(String input) {
    Matcher m = IMPORT.matcher(input);
    if (!m.matches()) {
      return Optional.empty();
    }
    String rest = m.group(1);
    int newline = rest.indexOf('\n');
    if (!(newline < 0 ? rest : rest.substring(0, newline)).isBlank() || newline < 0) {
      return Optional.of(
          new ParseResult.ParseError(
              "Put the CSV on the lines after profile import, starting with a header line.",
              IMPORT_EXAMPLE,
              ErrorCode.BAD_IMPORT));
    }
    return Optional.of(
        new ParseResult.Parsed(new ProfileCommand.Import(rest.substring(newline + 1))));
  }

  static Command parse(TokenCursor c) {
    if (!c.hasNext()) {
      return new ProfileCommand.Edit();
    }
    String sub = Topic.PROFILE.subcommand(c.next());
    c.usage(Usage.of(Topic.PROFILE, sub));
    Command command =
        switch (sub) {
          case "show" -> new ProfileCommand.Show();
          case "edit" -> new ProfileCommand.Edit();
          case "set" -> set(c);
          case "snooze" ->
              new ProfileCommand.Snooze(c.require("a date like 2027-01-15, or off").text());
          case "optout" -> new ProfileCommand.OptOut();
          case "optin" -> new ProfileCommand.OptIn();
          default ->
              throw new CommandSyntaxException(
                  ErrorCode.BAD_IMPORT,
                  "Put the CSV on the lines after profile import, starting with a header line.");
        };
    c.expectEnd();
    return command;
  }

  private static ProfileCommand.Set set(TokenCursor c) {
    Token name = c.require("a field: " + String.join(", ", ProfileField.keys()));
    ProfileField field =
        ProfileField.fromWord(name.text())
            .orElseThrow(
                () ->
                    new CommandSyntaxException(
                        ErrorCode.UNEXPECTED_WORD,
                        Words.show(name.text())
                            + " is not a profile field. Fields: "
                            + String.join(", ", ProfileField.keys())
                            + "."));
    StringBuilder value = new StringBuilder();
    while (c.hasNext()) {
      value.append(value.length() == 0 ? "" : " ").append(c.next().text());
    }
    return new ProfileCommand.Set(field, value.toString());
  }
}
