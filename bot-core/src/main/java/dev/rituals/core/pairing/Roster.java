package dev.rituals.core.pairing;

import dev.rituals.core.model.PairingRole;
import dev.rituals.core.model.UserRef;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people of one round, indexed 0..n-1 in a seeded stable order, with their profiles encoded for
 * fast scoring and the set of pairs a hard constraint forbids (don't-pair lists in either
 * direction, and pairs met within the recency window).
 */
final class Roster {
  static final int UNKNOWN_OFFSET = Integer.MIN_VALUE;

  private final List<PairingCandidate> people;
  private final Map<UserRef, Integer> index = new HashMap<>();
  private final Set<Long> blocked = new HashSet<>();
  final TagBits subjects;
  final TagBits gradeBands;
  final TagBits interests;
  private final int[] school;
  private final int[] offsetMinutes;
  private final int[] years;

  Roster(List<PairingCandidate> eligible, PairingRequest request) {
    this.people = seededOrder(eligible, request.settings().seed());
    for (int i = 0; i < people.size(); i++) {
      index.put(people.get(i).user(), i);
    }
    this.subjects = new TagBits(people, p -> p.profile().subjects());
    this.gradeBands = new TagBits(people, p -> p.profile().gradeBands());
    this.interests = new TagBits(people, p -> p.profile().interests());
    int n = people.size();
    this.school = new int[n];
    this.offsetMinutes = new int[n];
    this.years = new int[n];
    Map<String, Integer> schools = new HashMap<>();
    for (int i = 0; i < n; i++) {
      var profile = people.get(i).profile();
      String s = profile.school().toLowerCase(Locale.ROOT);
      school[i] = s.isEmpty() ? -1 : schools.computeIfAbsent(s, k -> schools.size());
      offsetMinutes[i] =
          profile
              .zone()
              .map(
                  z ->
                      z.getRules()
                          .getOffset(request.date().atTime(12, 0).toInstant(ZoneOffset.UTC)))
              .map(o -> o.getTotalSeconds() / 60)
              .orElse(UNKNOWN_OFFSET);
      years[i] = profile.yearsOfExperience();
      for (UserRef other : profile.doNotPairWith()) {
        block(i, other);
      }
    }
    for (PastPairing past : request.history()) {
      if (past.blocksRepeatOn(request.date(), request.settings().recencyWindow())) {
        Integer a = index.get(past.first());
        if (a != null) {
          block(a, past.second());
        }
      }
    }
  }

  /**
   * Members sorted by a seeded 64-bit hash of their identity: stable when others join or leave
   * (relative order never changes), different for a different seed.
   */
  static List<PairingCandidate> seededOrder(List<PairingCandidate> people, long seed) {
    List<PairingCandidate> sorted = new ArrayList<>(people);
    sorted.sort(
        Comparator.comparingLong((PairingCandidate p) -> mix(seed, key(p.user())))
            .thenComparing(p -> key(p.user())));
    return sorted;
  }

  private static String key(UserRef u) {
    return u.platform() + ":" + u.tenant().tenantId() + ":" + u.userId();
  }

  /** FNV-1a of the key, then a SplitMix64 finaliser with the seed: stable across JVMs. */
  private static long mix(long seed, String key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      h = (h ^ key.charAt(i)) * 0x100000001b3L;
    }
    long z = h + seed * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private void block(int i, UserRef other) {
    Integer j = index.get(other);
    if (j != null && j != i) {
      blocked.add(pairKey(i, j));
    }
  }

  static long pairKey(int i, int j) {
    return i < j ? ((long) i << 32) | j : ((long) j << 32) | i;
  }

  int size() {
    return people.size();
  }

  PairingCandidate person(int i) {
    return people.get(i);
  }

  List<PairingCandidate> people() {
    return people;
  }

  /** No hard constraint forbids i and j meeting this round. */
  boolean allowed(int i, int j) {
    return i != j && !blocked.contains(pairKey(i, j));
  }

  /** The forbidden pairs, as {@link #pairKey} values. */
  Set<Long> blockedPairs() {
    return blocked;
  }

  boolean hasRole(int i, PairingRole role) {
    return people.get(i).profile().roles().contains(role);
  }

  /** -1 when either school is unknown, 0 when the same, 1 when different. */
  int differentSchools(int i, int j) {
    if (school[i] < 0 || school[j] < 0) {
      return -1;
    }
    return school[i] == school[j] ? 0 : 1;
  }

  /** Minutes between the two UTC offsets on the round date; 0 when either zone is unknown. */
  int offsetGapMinutes(int i, int j) {
    if (offsetMinutes[i] == UNKNOWN_OFFSET || offsetMinutes[j] == UNKNOWN_OFFSET) {
      return 0;
    }
    return Math.abs(offsetMinutes[i] - offsetMinutes[j]);
  }

  /**
   * Member indices sorted so that people alike in what dominates the weight sit next to each other:
   * first subject, then first grade band, then UTC offset (ties: seeded order). Cutting this order
   * into runs gives the blocks of a large round ({@link RoundMatching}).
   */
  int[] blockOrder() {
    Integer[] order = new Integer[size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        Comparator.comparingInt((Integer i) -> subjects.first(i))
            .thenComparingInt(i -> gradeBands.first(i))
            .thenComparingInt(i -> offsetMinutes[i])
            .thenComparingInt(i -> i));
    return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
  }

  int years(int i) {
    return years[i];
  }
}
