package dev.rituals.bench.pairing;

import dev.rituals.core.model.PairingRole;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.Profile;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.pairing.PairingCandidate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/** Seeded synthetic communities: blank peers (only recency matters) or realistic profiles. */
final class Population {
  private static final List<String> SUBJECTS =
      List.of("math", "science", "english", "history", "art", "music", "pe", "cs", "spanish");
  private static final List<String> GRADES = List.of("k-2", "3-5", "6-8", "9-12");
  private static final List<String> INTERESTS =
      List.of("assessment", "inquiry", "sel", "edtech", "ell", "pbl", "literacy", "coaching");
  private static final List<String> ZONES =
      List.of("America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London");

  private Population() {}

  static UserRef user(String id) {
    return UserRef.of(Platform.SLACK, "T1", id);
  }

  /** Opted-in peers with empty profiles: every pair scores the same. */
  static List<PairingCandidate> blankPeers(int n) {
    List<PairingCandidate> people = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Profile p = Profile.empty(user("u" + i));
      people.add(new PairingCandidate(withOptIn(p, Set.of(PairingRole.PEER), 0, 0), "u" + i));
    }
    return people;
  }

  /** Opted-in people with random subjects, grades, interests, schools, zones and years. */
  static List<PairingCandidate> random(Random r, String prefix, int n, PairingRole role) {
    List<PairingCandidate> people = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      UserRef u = user(prefix + i);
      int years = role == PairingRole.MENTOR ? 6 + r.nextInt(25) : r.nextInt(6);
      int capacity = role == PairingRole.MENTOR ? 1 + r.nextInt(4) : 0;
      Profile p =
          new Profile(
              u,
              Set.of(role),
              pick(r, SUBJECTS, 1 + r.nextInt(2)),
              pick(r, GRADES, 1 + r.nextInt(2)),
              "school" + r.nextInt(Math.max(2, n / 8)),
              years,
              capacity,
              Optional.of(ZoneId.of(ZONES.get(r.nextInt(ZONES.size())))),
              pick(r, INTERESTS, r.nextInt(3)),
              Set.of(),
              Optional.empty(),
              true);
      people.add(new PairingCandidate(p, prefix + i));
    }
    return people;
  }

  private static Profile withOptIn(Profile p, Set<PairingRole> roles, int years, int capacity) {
    return new Profile(
        p.user(),
        roles,
        p.subjects(),
        p.gradeBands(),
        p.school(),
        years,
        capacity,
        p.zone(),
        p.interests(),
        p.doNotPairWith(),
        p.snoozedUntil(),
        true);
  }

  private static Set<String> pick(Random r, List<String> from, int count) {
    Set<String> out = new HashSet<>();
    while (out.size() < count) {
      out.add(from.get(r.nextInt(from.size())));
    }
    return out;
  }
}
