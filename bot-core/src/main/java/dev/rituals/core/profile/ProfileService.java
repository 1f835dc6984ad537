package dev.rituals.core.profile;

import dev.rituals.core.model.Profile;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.ProfileRepository;
import dev.rituals.core.port.Transactions;
import dev.rituals.core.usecase.EditProfileUseCase;
import dev.rituals.core.usecase.ProfileField;
import dev.rituals.core.usecase.ProfileFormResult;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

/** Reads and saves members' own profiles; the one place their edits are validated. */
public final class ProfileService implements EditProfileUseCase {
  private final Transactions transactions;
  private final ProfileRepository profiles;
  private final Clock clock;

  public ProfileService(Transactions transactions, ProfileRepository profiles, Clock clock) {
    this.transactions = transactions;
    this.profiles = profiles;
    this.clock = clock;
  }

  public Profile load(UserRef user) {
    return profiles.find(user).orElseGet(() -> Profile.empty(user));
  }

  @Override
  public Map<ProfileField, String> current(UserRef user) {
    return ProfileEdits.render(load(user));
  }

  @Override
  public ProfileFormResult submit(UserRef user, Map<ProfileField, String> values) {
    return transactions.inTransaction(
        () -> {
          Profile before = load(user);
          Edited edited = edit(before, values);
          if (!edited.errors().isEmpty()) {
            return new ProfileFormResult.Invalid(edited.errors());
          }
          profiles.save(edited.profile());
          return new ProfileFormResult.Saved(savedMessage(edited.profile()));
        });
  }

  /** Saves one profile as it is (opt-out, import). */
  public void save(Profile profile) {
    transactions.inTransaction(
        () -> {
          profiles.save(profile);
          return null;
        });
  }

  /** The profile with every value applied, or the message of each field that failed. */
  Edited edit(Profile before, Map<ProfileField, String> values) {
    Profile profile = before;
    Map<ProfileField, String> errors = new EnumMap<>(ProfileField.class);
    for (var entry : values.entrySet()) {
      try {
        profile = ProfileEdits.apply(profile, entry.getKey(), entry.getValue(), today(profile));
      } catch (InvalidProfileField e) {
        errors.put(e.field(), e.getMessage());
      } catch (IllegalArgumentException e) {
        errors.put(entry.getKey(), "That value cannot be stored.");
      }
    }
    return new Edited(profile, errors);
  }

  record Edited(Profile profile, Map<ProfileField, String> errors) {}

  /** The person's own date: a snooze "until the 15th" means the 15th where they are. */
  LocalDate today(Profile profile) {
    return LocalDate.now(clock.withZone(profile.zone().orElse(ZoneOffset.UTC)));
  }

  static String savedMessage(Profile profile) {
    if (!profile.optedIn()) {
      return "Saved. You are not in pairing rounds yet; say yes to \"Pair me\" (or type `profile"
          + " optin`) to join them.";
    }
    return profile
        .snoozedUntil()
        .map(d -> "Saved. Pairing is snoozed until " + d + ".")
        .orElse("Saved. You'll be in the next pairing round.");
  }
}
