package dev.rituals.core.service;

import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualKind;
import dev.rituals.core.model.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * When one occurrence's questions go out and when it closes. Whole days are counted in the ritual's
 * zone, so a window or a slow chat that crosses a daylight-saving change keeps its local time (Fri
 * 07:00 to Mon 07:00 is 71 or 73 hours then); a live chat's minutes are elapsed time, because
 * people are chatting in real time.
 *
 * @param postTimes when Q1..Qn are posted; Q1 at {@code opensAt}
 */
record Agenda(Instant opensAt, List<Instant> postTimes, Instant closesAt) {
  /** A slow chat looks this far ahead for its next school day before giving up on skipping. */
  private static final int MAX_DAYS_AHEAD = 60;

  Agenda {
    postTimes = List.copyOf(postTimes);
  }

  int questions() {
    return postTimes.size();
  }

  /**
   * @param schoolDay whether a local date is a school day (the community's week, minus its skip
   *     dates); a slow chat posts its second and later questions on school days only
   */
  static Agenda of(Ritual ritual, Instant scheduledFor, Predicate<LocalDate> schoolDay) {
    Schedule schedule = ritual.schedule();
    ZonedDateTime open = scheduledFor.atZone(schedule.zone());
    List<Instant> posts = new ArrayList<>();
    posts.add(scheduledFor);
    if (ritual.kind() == RitualKind.LIVE_CHAT) {
      for (int n = 1; n < ritual.plan().questions(); n++) {
        posts.add(scheduledFor.plus(ritual.plan().every().multipliedBy(n)));
      }
    } else if (ritual.kind() == RitualKind.SLOW_CHAT) {
      ZonedDateTime day = open;
      for (int n = 1; n < ritual.plan().days(); n++) {
        day = nextSchoolDay(day, schoolDay);
        posts.add(day.toInstant());
      }
    }
    Instant closes = localPlus(open, schedule.window()).toInstant();
    Instant last = posts.get(posts.size() - 1);
    if (ritual.kind() == RitualKind.SLOW_CHAT) {
      // The last day's question gets a whole day too, even when school days stretched the chat.
      Instant lastDayEnds = last.atZone(schedule.zone()).plusDays(1).toInstant();
      closes = lastDayEnds.isAfter(closes) ? lastDayEnds : closes;
    } else if (!closes.isAfter(last)) {
      Duration gap =
          ritual.plan().every().isZero() ? Duration.ofMinutes(10) : ritual.plan().every();
      closes = last.plus(gap);
    }
    return new Agenda(scheduledFor, posts, closes);
  }

  /** {@code time} plus {@code span}, whole days counted on the local calendar. */
  static ZonedDateTime localPlus(ZonedDateTime time, Duration span) {
    long days = span.toDays();
    return time.plusDays(days).plus(span.minusDays(days));
  }

  /** {@code time} minus {@code span}, whole days counted on the local calendar. */
  static ZonedDateTime localMinus(ZonedDateTime time, Duration span) {
    long days = span.toDays();
    return time.minusDays(days).minus(span.minusDays(days));
  }

  private static ZonedDateTime nextSchoolDay(ZonedDateTime after, Predicate<LocalDate> schoolDay) {
    for (int i = 1; i <= MAX_DAYS_AHEAD; i++) {
      ZonedDateTime day = after.plusDays(i);
      if (schoolDay.test(day.toLocalDate())) {
        return day;
      }
    }
    return after.plusDays(1); // a calendar with no school day in sight: keep to one a day
  }
}
