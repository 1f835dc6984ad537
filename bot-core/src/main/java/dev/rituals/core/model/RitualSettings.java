package dev.rituals.core.model;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-ritual options beyond its schedule and plan.
 *
 * @param reminderLead how long before an occurrence closes members who have not answered get one
 *     private nudge; {@link Duration#ZERO} means no nudge; empty means the kind's default ({@link
 *     Ritual#reminderLead()})
 * @param hostRotation when present, the rotating host is invited this long before each occurrence
 */
public record RitualSettings(Optional<Duration> reminderLead, Optional<Duration> hostRotation) {
  public static final RitualSettings DEFAULT =
      new RitualSettings(Optional.empty(), Optional.empty());
  public static final Duration MAX_LEAD = Duration.ofDays(30);

  public RitualSettings {
    Objects.requireNonNull(reminderLead, "reminderLead");
    Objects.requireNonNull(hostRotation, "hostRotation");
    reminderLead.ifPresent(lead -> requireLead(lead, true, "reminder lead"));
    hostRotation.ifPresent(lead -> requireLead(lead, false, "host invitation lead"));
  }

  public RitualSettings withReminderLead(Optional<Duration> lead) {
    return new RitualSettings(lead, hostRotation);
  }

  public RitualSettings withHostRotation(Optional<Duration> lead) {
    return new RitualSettings(reminderLead, lead);
  }

  private static void requireLead(Duration lead, boolean zeroAllowed, String name) {
    if (lead.isNegative() || (!zeroAllowed && lead.isZero()) || lead.compareTo(MAX_LEAD) > 0) {
      throw new IllegalArgumentException(name + " must be between 0 and 30 days");
    }
  }
}
