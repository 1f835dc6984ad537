package dev.rituals.core.participation;

import dev.rituals.core.service.Links;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A link shared in answers, and in how many answers. */
public record SharedResource(String url, int answers) {
  public SharedResource {
    Objects.requireNonNull(url, "url");
  }

  /** Counts each link once per answer; ties keep the newest first (the texts come newest first). */
  static List<SharedResource> top(List<String> newestFirst, int limit) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, Integer> firstSeen = new HashMap<>();
    for (String text : newestFirst) {
      for (String link : Links.in(List.of(text))) {
        counts.merge(link, 1, Integer::sum);
        firstSeen.putIfAbsent(link, firstSeen.size());
      }
    }
    return counts.entrySet().stream()
        .sorted(
            Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                .reversed()
                .thenComparing(e -> firstSeen.get(e.getKey())))
        .limit(limit)
        .map(e -> new SharedResource(e.getKey(), e.getValue()))
        .toList();
  }
}
