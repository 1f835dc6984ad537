package dev.rituals.core.service.pairing;

import dev.rituals.core.model.PairingRitual;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * When a pairing ritual runs, in the community's zone: weekly and every-two-weeks rituals on their
 * weekday, monthly ones on the first such weekday of the month. Each run schedules the next, so a
 * two-week rhythm counts from the ritual's own rounds.
 */
final class PairingCalendar {
  private PairingCalendar() {}

  /** The first run strictly after {@code now}. */
  static Instant first(PairingRitual ritual, ZoneId zone, Instant now) {
    ZonedDateTime t = now.atZone(zone);
    LocalDate date =
        ritual.everyWeeks() == 4
            ? t.toLocalDate().with(TemporalAdjusters.firstInMonth(ritual.day()))
            : t.toLocalDate().with(TemporalAdjusters.nextOrSame(ritual.day()));
    ZonedDateTime at = date.atTime(ritual.time()).atZone(zone);
    if (!at.isAfter(t)) {
      at = next(ritual, zone, at.toInstant()).atZone(zone);
    }
    return at.toInstant();
  }

  /** The run after the one at {@code previous}. */
  static Instant next(PairingRitual ritual, ZoneId zone, Instant previous) {
    LocalDate date = previous.atZone(zone).toLocalDate();
    LocalDate next =
        ritual.everyWeeks() == 4
            ? date.plusMonths(1).with(TemporalAdjusters.firstInMonth(ritual.day()))
            : date.plusWeeks(ritual.everyWeeks());
    return next.atTime(ritual.time()).atZone(zone).toInstant();
  }
}
