package dev.rituals.core.command;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads IANA time zones ("America/New_York", case-insensitive, or "UTC"). Abbreviations and fixed
 * offsets are refused on purpose: "EST" or "+02:00" do not follow daylight saving, so a weekly
 * 07:00 prompt would drift by an hour twice a year.
 */
public final class TimeZones {
  static final String FORMS = "Use an IANA name like America/New_York, Europe/London or UTC.";
  private static final Map<String, String> BY_LOWER_ID = regionIds();
  private static final Map<String, String> BY_CITY = cities();
  private static final Map<String, String> ABBREVIATIONS = abbreviations();

  private TimeZones() {}

  public static ZoneId parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    String id = BY_LOWER_ID.get(t);
    if (id == null) {
      id = BY_LOWER_ID.get(t.replace('-', '_')); // america/new-york
    }
    if (id != null) {
      return ZoneId.of(id);
    }
    throw new CommandSyntaxException(ErrorCode.BAD_ZONE, Words.show(text) + " " + why(t));
  }

  /** Whether a bare word is meant as a time zone (it may still be a wrong one). */
  static boolean looksLikeZone(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.indexOf('/') > 0
        || BY_LOWER_ID.containsKey(w)
        || ABBREVIATIONS.containsKey(w)
        || BY_CITY.containsKey(cityKey(w))
        || isOffset(w);
  }

  private static String why(String t) {
    String abbreviated = ABBREVIATIONS.get(t);
    if (abbreviated != null) {
      return "is an abbreviation, which does not follow daylight saving. Use "
          + abbreviated
          + " (or the IANA name of your city).";
    }
    if (isOffset(t)) {
      return "is a fixed offset, which does not follow daylight saving. Use a region such as"
          + " Europe/Berlin or America/Chicago.";
    }
    String city = BY_CITY.get(cityKey(t));
    if (city != null) {
      return "is not a full time zone name. Did you mean " + city + "?";
    }
    Optional<String> near =
        t.indexOf('/') > 0
            ? EditDistance.nearest(t, BY_LOWER_ID.keySet()).map(BY_LOWER_ID::get)
            : Optional.empty();
    return "is not a time zone."
        + near.map(n -> " Did you mean " + n + "?").orElse("")
        + " "
        + FORMS;
  }

  private static boolean isOffset(String w) {
    return w.matches("(utc|gmt|z)?[+\\-−]\\d{1,2}(:?\\d{2})?");
  }

  /** "new york", "new_york", "NewYork" and "new-york" all find America/New_York. */
  private static String cityKey(String word) {
    String last = word.substring(word.lastIndexOf('/') + 1);
    return last.toLowerCase(Locale.ROOT).replaceAll("[_\\-\\s]", "");
  }

  private static Map<String, String> regionIds() {
    Map<String, String> ids = new HashMap<>();
    for (String id : ZoneId.getAvailableZoneIds()) {
      // Etc/GMT+5 has its sign backwards and SystemV/* is obsolete: keep them out of reach.
      if (id.indexOf('/') > 0 && !id.startsWith("Etc/") && !id.startsWith("SystemV/")) {
        ids.put(id.toLowerCase(Locale.ROOT), id);
      }
    }
    ids.put("utc", "UTC");
    ids.put("etc/utc", "UTC");
    return Map.copyOf(ids);
  }

  private static Map<String, String> cities() {
    Map<String, String> cities = new TreeMap<>();
    BY_LOWER_ID.values().stream()
        .filter(id -> id.indexOf('/') > 0)
        .sorted()
        .forEach(id -> cities.putIfAbsent(cityKey(id), id));
    return Map.copyOf(cities);
  }

  private static Map<String, String> abbreviations() {
    Map<String, String> a = new HashMap<>();
    for (String w : new String[] {"est", "edt"}) {
      a.put(w, "America/New_York");
    }
    for (String w : new String[] {"cst", "cdt"}) {
      a.put(w, "America/Chicago");
    }
    for (String w : new String[] {"mst", "mdt"}) {
      a.put(w, "America/Denver");
    }
    for (String w : new String[] {"pst", "pdt"}) {
      a.put(w, "America/Los_Angeles");
    }
    a.put("akst", "America/Anchorage");
    a.put("hst", "Pacific/Honolulu");
    for (String w : new String[] {"gmt", "bst", "wet"}) {
      a.put(w, "Europe/London");
    }
    for (String w : new String[] {"cet", "cest", "met"}) {
      a.put(w, "Europe/Paris");
    }
    a.put("eet", "Europe/Athens");
    a.put("ist", "Asia/Kolkata");
    a.put("jst", "Asia/Tokyo");
    a.put("aest", "Australia/Sydney");
    a.put("aedt", "Australia/Sydney");
    a.put("nzst", "Pacific/Auckland");
    return Map.copyOf(a);
  }
}
