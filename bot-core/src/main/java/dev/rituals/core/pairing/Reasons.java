package dev.rituals.core.pairing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One-line reasons a person can read: "both teach 7th-grade science; different schools". They state
 * facts from the two profiles, in the profile's own spelling, most telling first.
 */
final class Reasons {
  private static final int MAX_ITEMS = 3;

  private final Roster roster;

  Reasons(Roster roster) {
    this.roster = roster;
  }

  String pair(int a, int b) {
    List<String> parts = new ArrayList<>();
    addShared(parts, "both", List.of(a, b));
    addSchoolAndZone(parts, List.of(a, b));
    return parts.isEmpty() ? "someone new to meet" : String.join("; ", parts);
  }

  String mentoring(int mentor, int mentee) {
    List<String> parts = new ArrayList<>();
    parts.add(roster.years(mentor) + " and " + roster.years(mentee) + " years in teaching");
    addShared(parts, "both", List.of(mentor, mentee));
    addSchoolAndZone(parts, List.of(mentor, mentee));
    return String.join("; ", parts);
  }

  /** A group of three or four: what all share, else what its closest pair shares. */
  String group(List<Integer> members, int closestA, int closestB, int joined) {
    List<String> parts = new ArrayList<>();
    addShared(parts, "all", members);
    if (parts.isEmpty()) {
      List<String> pairParts = new ArrayList<>();
      addShared(pairParts, "both", List.of(closestA, closestB));
      if (!pairParts.isEmpty()) {
        String names = name(closestA) + " and " + name(closestB);
        parts.add(names + " " + pairParts.get(0));
      }
    }
    addSchoolAndZone(parts, members);
    if (joined >= 0) {
      parts.add(name(joined) + " joined so nobody is left out");
    }
    return parts.isEmpty() ? "people new to each other" : String.join("; ", parts);
  }

  private void addShared(List<String> parts, String quantifier, List<Integer> members) {
    List<String> grades = shared(members, p -> p.profile().gradeBands());
    List<String> subjects = shared(members, p -> p.profile().subjects());
    if (!grades.isEmpty() || !subjects.isEmpty()) {
      String what = (join(grades) + " " + join(subjects)).strip();
      parts.add(quantifier + " teach " + what);
    }
    List<String> interests = shared(members, p -> p.profile().interests());
    if (!interests.isEmpty()) {
      parts.add(quantifier + " interested in " + join(interests));
    }
  }

  private void addSchoolAndZone(List<String> parts, List<Integer> members) {
    Map<String, Integer> schools = new LinkedHashMap<>();
    boolean allKnown = true;
    for (int m : members) {
      String school = roster.person(m).profile().school();
      if (school.isEmpty()) {
        allKnown = false;
      } else {
        schools.merge(TagBits.normalize(school), 1, Integer::sum);
      }
    }
    if (allKnown && schools.size() == members.size()) {
      parts.add("different schools");
    } else if (allKnown && schools.size() == 1) {
      parts.add("same school");
    } else if (schools.size() > 1) {
      parts.add(schools.size() + " schools");
    }
    int gap = 0;
    for (int a : members) {
      for (int b : members) {
        gap = Math.max(gap, roster.offsetGapMinutes(a, b));
      }
    }
    if (gap >= 60) {
      String hours = gap % 60 == 0 ? String.valueOf(gap / 60) : String.valueOf(gap / 60.0);
      parts.add((members.size() > 2 ? "up to " : "") + hours + " h apart");
    }
  }

  /** Tags every member has, in the first member's spelling, alphabetical. */
  private List<String> shared(
      List<Integer> members, Function<PairingCandidate, Set<String>> field) {
    Map<String, String> common = new TreeMap<>();
    for (String tag : field.apply(roster.person(members.get(0)))) {
      common.put(TagBits.normalize(tag), tag.strip().replaceAll("\\s+", " "));
    }
    for (int m : members.subList(1, members.size())) {
      Set<String> theirs = new HashSet<>();
      for (String tag : field.apply(roster.person(m))) {
        theirs.add(TagBits.normalize(tag));
      }
      common.keySet().retainAll(theirs);
    }
    return new ArrayList<>(common.values());
  }

  /** "a", "a and b", "a, b and c", "a, b, c and more". */
  private static String join(List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() > MAX_ITEMS) {
      return String.join(", ", items.subList(0, MAX_ITEMS)) + " and more";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }

  private String name(int i) {
    return roster.person(i).displayName();
  }
}
