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
 * @param hostDeadline how long before the occurrence the host must have chosen; empty means {@link
 *     #DEFAULT_HOST_DEADLINE} (or half the lead, when the lead is shorter)
 */
public record RitualSettings(
    Optional<Duration> reminderLead,
    Optional<Duration> hostRotation,
    Optional<Duration> hostDeadline) {
  public static final RitualSettings DEFAULT =
      new RitualSettings(Optional.empty(), Optional.empty(), Optional.empty());
  public static final Duration DEFAULT_HOST_LEAD = Duration.ofDays(3);
  public static final Duration DEFAULT_HOST_DEADLINE = Duration.ofDays(1);
  public static final Duration MAX_LEAD = Duration.ofDays(30);

  public RitualSettings {
    Objects.requireNonNull(reminderLead, "reminderLead");
    Objects.requireNonNull(hostRotation, "hostRotation");
    reminderLead.ifPresent(lead -> requireLead(lead, true, "reminder lead"));
    hostRotation.ifPresent(lead -> requireLead(lead, false, "host invitation lead"));
    Objects.requireNonNull(hostDeadline, "hostDeadline");
    hostDeadline.ifPresent(d -> requireLead(d, true, "host deadline"));
    if (hostDeadline.isPresent()
        && hostRotation.isPresent()
        && hostDeadline.get().compareTo(hostRotation.get()) >= 0) {
      throw new IllegalArgumentException("the host deadline must come after the invitation");
    }
  }

  /** Settings without a host deadline of their own. */
  public RitualSettings(Optional<Duration> reminderLead, Optional<Duration> hostRotation) {
    this(reminderLead, hostRotation, Optional.empty());
  }

  /** How long before the occurrence the host's choice is due, when hosts rotate. */
  public Optional<Duration> hostDeadlineOrDefault() {
    return hostRotation.map(
        lead ->
            hostDeadline.orElse(
                DEFAULT_HOST_DEADLINE.compareTo(lead) < 0
                    ? DEFAULT_HOST_DEADLINE
                    : lead.dividedBy(2)));
  }

  public RitualSettings withReminderLead(Optional<Duration> lead) {
    return new RitualSettings(lead, hostRotation, hostDeadline);
  }

  public RitualSettings withHostRotation(Optional<Duration> lead, Optional<Duration> deadline) {
    return new RitualSettings(reminderLead, lead, lead.isPresent() ? deadline : Optional.empty());
  }

  private static void requireLead(Duration lead, boolean zeroAllowed, String name) {
    if (lead.isNegative() || (!zeroAllowed && lead.isZero()) || lead.compareTo(MAX_LEAD) > 0) {
      throw new IllegalArgumentException(name + " must be between 0 and 30 days");
    }
  }
}
