package dev.rituals.core.command;

import dev.rituals.core.usecase.ProfileField;
import java.util.Objects;

/** {@code profile ...}: a member's own pairing profile, and the moderators' CSV import. */
public sealed interface ProfileCommand extends Command {
  /** {@code profile} alone: the form (Slack modal, Teams card), with the profile as text. */
  record Edit() implements ProfileCommand {}

  record Show() implements ProfileCommand {}

  /** One field from text; the value is checked by the same rules the forms use. */
  record Set(ProfileField field, String value) implements ProfileCommand {
    public Set {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(value, "value");
    }
  }

  /** A date (YYYY-MM-DD) or "off". */
  record Snooze(String until) implements ProfileCommand {
    public Snooze {
      Objects.requireNonNull(until, "until");
    }
  }

  record OptOut() implements ProfileCommand {}

  record OptIn() implements ProfileCommand {}

  /** The CSV after the command line, read by the profile import. */
  record Import(String csv) implements ProfileCommand {
    public Import {
      Objects.requireNonNull(csv, "csv");
    }
  }
}
