package dev.rituals.core.recognition;

import dev.rituals.core.model.DateRange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A member's PD-hours ledger over a date range in one community, with the rule that priced it. */
public record PdStatement(
    String communityName,
    String memberName,
    DateRange range,
    PdRule rule,
    List<PdEntry> entries,
    Instant issuedAt) {
  public PdStatement {
    Objects.requireNonNull(communityName, "communityName");
    Objects.requireNonNull(memberName, "memberName");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(rule, "rule");
    entries = List.copyOf(entries);
    Objects.requireNonNull(issuedAt, "issuedAt");
  }

  public Duration total() {
    return entries.stream().map(PdEntry::credit).reduce(Duration.ZERO, Duration::plus);
  }

  public long count(PdEntry.Activity activity) {
    return entries.stream().filter(e -> e.activity() == activity).count();
  }

  /** "2 h 30 min", "45 min": how certificates and replies show durations. */
  public static String hours(Duration d) {
    long h = d.toHours();
    long m = d.toMinutesPart();
    return h == 0 ? m + " min" : m == 0 ? h + " h" : h + " h " + m + " min";
  }
}
