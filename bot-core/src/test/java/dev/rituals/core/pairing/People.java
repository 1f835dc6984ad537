package dev.rituals.core.pairing;

import dev.rituals.core.model.PairingRole;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.Profile;
import dev.rituals.core.model.UserRef;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/** Test people: hand-made profiles and seeded random populations. */
final class People {
  static final LocalDate DAY = LocalDate.of(2025, 3, 3);
  private static final List<String> SUBJECTS =
      List.of("science", "math", "english", "history", "art", "music", "physics", "spanish");
  private static final List<String> GRADES =
      List.of("K-2", "3rd-grade", "5th-grade", "7th-grade", "8th-grade", "high school");
  private static final List<String> INTERESTS =
      List.of("project-based learning", "assessment", "classroom management", "ed tech", "SEL");
  private static final List<String> ZONES =
      List.of(
          "America/New_York",
          "America/Chicago",
          "America/Los_Angeles",
          "Europe/London",
          "Asia/Kolkata");

  private People() {}

  static UserRef user(String id) {
    return UserRef.of(Platform.SLACK, "T1", id);
  }

  /** An opted-in peer with an empty profile: every pair scores the same. */
  static PairingCandidate peer(String id) {
    return new PairingCandidate(builder(id).build(), id.toUpperCase());
  }

  static List<PairingCandidate> blankPeers(int n) {
    List<PairingCandidate> people = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      people.add(peer("u" + i));
    }
    return people;
  }

  static Builder builder(String id) {
    return new Builder(id);
  }

  /** A random community: roles, tags, schools, zones, don't-pair lists, snoozes and opt-outs. */
  static List<PairingCandidate> random(Random r, int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add("m" + i);
    }
    List<PairingCandidate> people = new ArrayList<>();
    for (String id : ids) {
      Builder b = builder(id);
      int role = r.nextInt(10);
      b.roles =
          role < 5
              ? Set.of(PairingRole.PEER)
              : role < 7
                  ? Set.of(PairingRole.MENTEE)
                  : role < 9
                      ? Set.of(PairingRole.MENTOR)
                      : Set.of(PairingRole.MENTOR, PairingRole.MENTEE, PairingRole.PEER);
      b.subjects = pick(r, SUBJECTS, 1 + r.nextInt(2));
      b.grades = pick(r, GRADES, 1 + r.nextInt(2));
      b.interests = pick(r, INTERESTS, r.nextInt(3));
      b.school = r.nextInt(8) == 0 ? "" : "school" + r.nextInt(Math.max(2, n / 5));
      b.years = r.nextInt(30);
      b.capacity = r.nextInt(4);
      b.zone =
          r.nextInt(6) == 0
              ? Optional.empty()
              : Optional.of(ZoneId.of(ZONES.get(r.nextInt(ZONES.size()))));
      if (r.nextInt(5) == 0) {
        b.doNotPair = Set.of(user(ids.get(r.nextInt(n))));
      }
      if (r.nextInt(10) == 0) {
        b.snoozedUntil = Optional.of(DAY.plusDays(r.nextInt(20) - 10));
      }
      b.optedIn = r.nextInt(12) != 0;
      people.add(new PairingCandidate(b.build(), "Name " + id));
    }
    return people;
  }

  /** Random past pairs over the last 30 weeks with random outcomes. */
  static List<PastPairing> randomHistory(Random r, List<PairingCandidate> people, int count) {
    List<PastPairing> history = new ArrayList<>();
    if (people.size() < 2) {
      return history;
    }
    for (int k = 0; k < count; k++) {
      int a = r.nextInt(people.size());
      int b = r.nextInt(people.size());
      if (a != b) {
        MeetingOutcome outcome = MeetingOutcome.values()[r.nextInt(3)];
        history.add(
            new PastPairing(
                people.get(a).user(),
                people.get(b).user(),
                DAY.minusDays(r.nextInt(210)),
                outcome));
      }
    }
    return history;
  }

  private static Set<String> pick(Random r, List<String> from, int count) {
    Set<String> out = new HashSet<>();
    while (out.size() < count) {
      out.add(from.get(r.nextInt(from.size())));
    }
    return out;
  }

  static final class Builder {
    private final String id;
    Set<PairingRole> roles = Set.of(PairingRole.PEER);
    Set<String> subjects = Set.of();
    Set<String> grades = Set.of();
    Set<String> interests = Set.of();
    String school = "";
    int years;
    int capacity;
    Optional<ZoneId> zone = Optional.empty();
    Set<UserRef> doNotPair = Set.of();
    Optional<LocalDate> snoozedUntil = Optional.empty();
    boolean optedIn = true;

    Builder(String id) {
      this.id = id;
    }

    Builder roles(PairingRole... r) {
      roles = Set.of(r);
      return this;
    }

    Builder subjects(String... s) {
      subjects = Set.of(s);
      return this;
    }

    Builder grades(String... g) {
      grades = Set.of(g);
      return this;
    }

    Builder interests(String... i) {
      interests = Set.of(i);
      return this;
    }

    Builder school(String s) {
      school = s;
      return this;
    }

    Builder years(int y) {
      years = y;
      return this;
    }

    Builder capacity(int c) {
      capacity = c;
      return this;
    }

    Builder zone(String z) {
      zone = Optional.of(ZoneId.of(z));
      return this;
    }

    Builder doNotPairWith(String... ids) {
      Set<UserRef> refs = new HashSet<>();
      for (String other : ids) {
        refs.add(user(other));
      }
      doNotPair = refs;
      return this;
    }

    Builder snoozedUntil(LocalDate d) {
      snoozedUntil = Optional.of(d);
      return this;
    }

    Builder optedOut() {
      optedIn = false;
      return this;
    }

    Profile build() {
      return new Profile(
          user(id),
          roles,
          subjects,
          grades,
          school,
          years,
          capacity,
          zone,
          interests,
          doNotPair,
          snoozedUntil,
          optedIn);
    }

    PairingCandidate candidate(String name) {
      return new PairingCandidate(build(), name);
    }
  }
}
