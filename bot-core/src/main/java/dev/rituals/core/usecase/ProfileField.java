package dev.rituals.core.usecase;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields of a pairing profile as people edit them: typed after {@code profile set}, or as the
 * inputs of the Slack modal and Teams card (whose input ids are the {@link #key()}s).
 */
public enum ProfileField {
  ROLES("roles", "Roles (mentor, mentee, peer)", List.of("role")),
  SUBJECTS("subjects", "Subjects you teach", List.of("subject")),
  GRADES("grades", "Grade bands (e.g. k-2, 3-5, 6-8, 9-12)", List.of("grade", "grade-bands")),
  SCHOOL("school", "School", List.of()),
  EXPERIENCE("experience", "Years of teaching experience", List.of("years")),
  CAPACITY("capacity", "How many mentees you can take (mentors)", List.of("mentees")),
  TIMEZONE("timezone", "Time zone (e.g. America/Chicago)", List.of("tz", "zone")),
  INTERESTS("interests", "Goals and interests, as tags", List.of("goals", "tags", "interest")),
  AVOID("avoid", "Don't pair me with (private)", List.of("dont-pair", "don't-pair")),
  SNOOZE("snooze", "Snooze pairing until (YYYY-MM-DD, or off)", List.of("snoozed")),
  PAIRING("pairing", "Pair me in rounds (yes or no)", List.of("optin", "opt-in"));

  private final String key;
  private final String label;
  private final List<String> aliases;

  ProfileField(String key, String label, List<String> aliases) {
    this.key = key;
    this.label = label;
    this.aliases = aliases;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  public static Optional<ProfileField> fromWord(String word) {
    String w = word.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(f -> f.key.equals(w) || f.aliases.contains(w))
        .findFirst();
  }

  public static List<String> keys() {
    return Arrays.stream(values()).map(ProfileField::key).toList();
  }
}
