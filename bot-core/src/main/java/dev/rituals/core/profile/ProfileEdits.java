package dev.rituals.core.profile;

import dev.rituals.core.model.PairingRole;
import dev.rituals.core.model.Profile;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.usecase.ProfileField;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one profile field from text and writes it back as text. One set of rules for {@code profile
 * set}, the Slack modal, the Teams card and the CSV import.
 */
public final class ProfileEdits {
  static final int MAX_TAGS = 20;
  static final int MAX_TAG_LENGTH = 40;
  private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _+&./-]*");
  private static final Pattern SLACK_MENTION = Pattern.compile("<@([A-Z0-9]+)(?:\\|[^>]*)?>");
  private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9:._@-]{2,200}");

  private ProfileEdits() {}

  /**
   * The profile with {@code field} set from {@code text}.
   *
   * @param today the person's date, for snoozes (a snooze must end after today)
   * @throws InvalidProfileField naming what is wrong, for the person
   */
  public static Profile apply(Profile p, ProfileField field, String text, LocalDate today) {
    String value = text == null ? "" : text.strip();
    return switch (field) {
      case ROLES -> with(p, roles(value), null, null, null, null, null, null, null, null);
      case SUBJECTS -> with(p, null, tags(field, value), null, null, null, null, null, null, null);
      case GRADES -> with(p, null, null, tags(field, value), null, null, null, null, null, null);
      case SCHOOL -> with(p, null, null, null, school(value), null, null, null, null, null);
      case EXPERIENCE ->
          with(p, null, null, null, null, number(field, value, 60), null, null, null, null);
      case CAPACITY ->
          with(p, null, null, null, null, null, number(field, value, 20), null, null, null);
      case TIMEZONE -> with(p, null, null, null, null, null, null, zone(value), null, null);
      case INTERESTS -> withInterests(p, tags(field, value));
      case AVOID -> with(p, null, null, null, null, null, null, null, avoid(p.user(), value), null);
      case SNOOZE -> with(p, null, null, null, null, null, null, null, null, snooze(value, today));
      case PAIRING -> optIn(p, yesNo(value));
    };
  }

  /** Every field as the text that {@link #apply} reads back to the same value. */
  public static Map<ProfileField, String> render(Profile p) {
    Map<ProfileField, String> text = new EnumMap<>(ProfileField.class);
    text.put(
        ProfileField.ROLES,
        p.roles().stream()
            .sorted()
            .map(r -> r.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", ")));
    text.put(ProfileField.SUBJECTS, sorted(p.subjects()));
    text.put(ProfileField.GRADES, sorted(p.gradeBands()));
    text.put(ProfileField.SCHOOL, p.school());
    text.put(ProfileField.EXPERIENCE, Integer.toString(p.yearsOfExperience()));
    text.put(ProfileField.CAPACITY, Integer.toString(p.mentoringCapacity()));
    text.put(ProfileField.TIMEZONE, p.zone().map(ZoneId::getId).orElse(""));
    text.put(ProfileField.INTERESTS, sorted(p.interests()));
    text.put(
        ProfileField.AVOID,
        p.doNotPairWith().stream().map(UserRef::userId).sorted().collect(Collectors.joining(", ")));
    text.put(ProfileField.SNOOZE, p.snoozedUntil().map(LocalDate::toString).orElse(""));
    text.put(ProfileField.PAIRING, p.optedIn() ? "yes" : "no");
    return text;
  }

  private static String sorted(Set<String> values) {
    return values.stream().sorted().collect(Collectors.joining(", "));
  }

  private static Set<PairingRole> roles(String value) {
    Set<PairingRole> roles = new LinkedHashSet<>();
    for (String word : value.split("[,;\\s]+")) {
      if (word.isBlank()) {
        continue;
      }
      String w = word.toLowerCase(Locale.ROOT);
      roles.add(
          switch (w.endsWith("s") ? w.substring(0, w.length() - 1) : w) {
            case "mentor" -> PairingRole.MENTOR;
            case "mentee" -> PairingRole.MENTEE;
            case "peer" -> PairingRole.PEER;
            default ->
                throw new InvalidProfileField(
                    ProfileField.ROLES,
                    "\"" + cut(word) + "\" is not a role. Roles: mentor, mentee, peer.");
          });
    }
    if (roles.isEmpty()) {
      throw new InvalidProfileField(
          ProfileField.ROLES, "Give at least one role: mentor, mentee or peer.");
    }
    return roles;
  }

  /** Comma- or semicolon-separated tags, lower-cased so "Science" and "science" match. */
  static Set<String> tags(ProfileField field, String value) {
    Set<String> tags = new LinkedHashSet<>();
    for (String part : value.split("[,;]")) {
      String tag = part.strip().toLowerCase(Locale.ROOT);
      if (tag.isEmpty()) {
        continue;
      }
      if (tag.length() > MAX_TAG_LENGTH || !TAG.matcher(tag).matches()) {
        throw new InvalidProfileField(
            field,
            "\""
                + cut(part.strip())
                + "\" is not a tag: use letters, digits and - (at most "
                + MAX_TAG_LENGTH
                + " characters), separated by commas.");
      }
      tags.add(tag);
    }
    if (tags.size() > MAX_TAGS) {
      throw new InvalidProfileField(field, "At most " + MAX_TAGS + " entries, please.");
    }
    return tags;
  }

  private static String school(String value) {
    if (value.length() > 120) {
      throw new InvalidProfileField(
          ProfileField.SCHOOL, "A school name is at most 120 characters.");
    }
    return value;
  }

  private static Integer number(ProfileField field, String value, int max) {
    try {
      int n = Integer.parseInt(value.isEmpty() ? "0" : value);
      if (n >= 0 && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // falls through to the message below, which names the word
    }
    throw new InvalidProfileField(
        field, "\"" + cut(value) + "\" is not a whole number from 0 to " + max + ".");
  }

  private static Optional<ZoneId> zone(String value) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      if (value.contains("/")) {
        return Optional.of(ZoneId.of(value));
      }
    } catch (RuntimeException e) {
      // an unknown region: the message below says what a zone looks like
    }
    throw new InvalidProfileField(
        ProfileField.TIMEZONE,
        "\"" + cut(value) + "\" is not a time zone. Use a name like America/Chicago.");
  }

  private static Set<UserRef> avoid(UserRef self, String value) {
    Set<UserRef> users = new LinkedHashSet<>();
    Matcher mention = SLACK_MENTION.matcher(value);
    String plain = mention.replaceAll(m -> " " + m.group(1) + " ");
    for (String word : plain.split("[,;\\s]+")) {
      if (word.isBlank()) {
        continue;
      }
      String id = word.startsWith("@") ? word.substring(1) : word;
      if (!USER_ID.matcher(id).matches()) {
        throw new InvalidProfileField(
            ProfileField.AVOID, "\"" + cut(word) + "\" is not a person: mention them or give ids.");
      }
      if (!id.equals(self.userId())) {
        users.add(new UserRef(self.tenant(), id));
      }
    }
    return users;
  }

  private static Optional<LocalDate> snooze(String value, LocalDate today) {
    if (value.isEmpty() || value.equalsIgnoreCase("off") || value.equalsIgnoreCase("none")) {
      return Optional.empty();
    }
    LocalDate until;
    try {
      until = LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidProfileField(
          ProfileField.SNOOZE, "\"" + cut(value) + "\" is not a date; write it as 2027-01-15.");
    }
    if (!until.isAfter(today)) {
      throw new InvalidProfileField(
          ProfileField.SNOOZE, "A snooze must end after today (" + today + ").");
    }
    if (until.isAfter(today.plusYears(2))) {
      throw new InvalidProfileField(ProfileField.SNOOZE, "Snooze for at most two years.");
    }
    return Optional.of(until);
  }

  static boolean yesNo(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "yes", "y", "true", "on", "in", "1" -> true;
      case "no", "n", "false", "off", "out", "0" -> false;
      default ->
          throw new InvalidProfileField(
              ProfileField.PAIRING, "\"" + cut(value) + "\" is not yes or no.");
    };
  }

  private static String cut(String text) {
    String clean = text.replaceAll("\\p{Cntrl}", "");
    return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
  }

  private static Profile withInterests(Profile p, Set<String> interests) {
    return new Profile(
        p.user(),
        p.roles(),
        p.subjects(),
        p.gradeBands(),
        p.school(),
        p.yearsOfExperience(),
        p.mentoringCapacity(),
        p.zone(),
        interests,
        p.doNotPairWith(),
        p.snoozedUntil(),
        p.optedIn());
  }

  public static Profile optIn(Profile p, boolean optedIn) {
    return new Profile(
        p.user(),
        p.roles(),
        p.subjects(),
        p.gradeBands(),
        p.school(),
        p.yearsOfExperience(),
        p.mentoringCapacity(),
        p.zone(),
        p.interests(),
        p.doNotPairWith(),
        p.snoozedUntil(),
        optedIn);
  }

  /** A copy with the non-null arguments replaced. */
  private static Profile with(
      Profile p,
      Set<PairingRole> roles,
      Set<String> subjects,
      Set<String> grades,
      String school,
      Integer years,
      Integer capacity,
      Optional<ZoneId> zone,
      Set<UserRef> avoid,
      Optional<LocalDate> snooze) {
    return new Profile(
        p.user(),
        roles != null ? roles : p.roles(),
        subjects != null ? subjects : p.subjects(),
        grades != null ? grades : p.gradeBands(),
        school != null ? school : p.school(),
        years != null ? years : p.yearsOfExperience(),
        capacity != null ? capacity : p.mentoringCapacity(),
        zone != null ? zone : p.zone(),
        p.interests(),
        avoid != null ? avoid : p.doNotPairWith(),
        snooze != null ? snooze : p.snoozedUntil(),
        p.optedIn());
  }
}
