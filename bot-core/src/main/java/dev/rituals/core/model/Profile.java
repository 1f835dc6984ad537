package dev.rituals.core.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a member tells about themselves for pairing and reports. Opt-in: nothing is inferred, and a
 * member who has not opted in is never paired.
 */
public record Profile(
    UserRef user,
    Set<PairingRole> roles,
    Set<String> subjects,
    Set<String> gradeBands,
    String school,
    int yearsOfExperience,
    int mentoringCapacity,
    Optional<ZoneId> zone,
    Set<String> interests,
    Set<UserRef> doNotPairWith,
    Optional<LocalDate> snoozedUntil,
    boolean optedIn) {
  public Profile {
    Objects.requireNonNull(user, "user");
    roles = Set.copyOf(roles);
    subjects = Set.copyOf(subjects);
    gradeBands = Set.copyOf(gradeBands);
    school = school == null ? "" : school.strip();
    if (yearsOfExperience < 0 || yearsOfExperience > 60) {
      throw new IllegalArgumentException("yearsOfExperience must be between 0 and 60");
    }
    if (mentoringCapacity < 0 || mentoringCapacity > 20) {
      throw new IllegalArgumentException("mentoringCapacity must be between 0 and 20");
    }
    Objects.requireNonNull(zone, "zone");
    interests = Set.copyOf(interests);
    doNotPairWith = Set.copyOf(doNotPairWith);
    Objects.requireNonNull(snoozedUntil, "snoozedUntil");
  }

  public static Profile empty(UserRef user) {
    return new Profile(
        user,
        Set.of(PairingRole.PEER),
        Set.of(),
        Set.of(),
        "",
        0,
        0,
        Optional.empty(),
        Set.of(),
        Set.of(),
        Optional.empty(),
        false);
  }
}
