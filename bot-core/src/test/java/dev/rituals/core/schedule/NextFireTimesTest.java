package dev.rituals.core.schedule;

import static dev.rituals.core.schedule.TestRituals.active;
import static dev.rituals.core.schedule.TestRituals.daily;
import static dev.rituals.core.schedule.TestRituals.weekly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualState;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quartz.Scheduler;
import org.quartz.TriggerUtils;
import org.quartz.spi.OperableTrigger;

class NextFireTimesTest {
  private final QuartzRitualScheduler rituals =
      new QuartzRitualScheduler(mock(Scheduler.class), Clock.systemUTC());

  @ParameterizedTest(name = "{0}: {1} ({2}) -> {3} ({4})")
  @CsvSource({
    // zone,           Friday before the change, its offset, Friday after the change, its offset
    "America/New_York, 2026-03-06T12:00:00Z, -05:00, 2026-03-13T11:00:00Z, -04:00", // fwd 03-08
    "America/New_York, 2026-10-30T11:00:00Z, -04:00, 2026-11-06T12:00:00Z, -05:00", // back 11-01
    "America/New_York, 2027-03-12T12:00:00Z, -05:00, 2027-03-19T11:00:00Z, -04:00", // fwd 03-14
    "America/New_York, 2027-11-05T11:00:00Z, -04:00, 2027-11-12T12:00:00Z, -05:00", // back 11-07
    "Europe/London,    2026-03-27T07:00:00Z, Z,      2026-04-03T06:00:00Z, +01:00", // fwd 03-29
    "Europe/London,    2026-10-23T06:00:00Z, +01:00, 2026-10-30T07:00:00Z, Z", //      back 10-25
    "Europe/London,    2027-03-26T07:00:00Z, Z,      2027-04-02T06:00:00Z, +01:00", // fwd 03-28
    "Europe/London,    2027-10-29T06:00:00Z, +01:00, 2027-11-05T07:00:00Z, Z", //      back 10-31
  })
  void fridaySevenOClockStaysSevenLocalAcrossDaylightSavingChanges(
      String zone,
      Instant fridayBefore,
      ZoneOffset offsetBefore,
      Instant fridayAfter,
      ZoneOffset offsetAfter) {
    Ritual ritual = active(weekly(DayOfWeek.FRIDAY, "07:00", zone));

    List<ZonedDateTime> fires = rituals.nextFireTimes(ritual, fridayBefore.minusSeconds(60), 2);

    assertThat(instants(fires)).containsExactly(fridayBefore, fridayAfter);
    assertThat(fires)
        .extracting(ZonedDateTime::getOffset)
        .containsExactly(offsetBefore, offsetAfter);
    assertThat(fires)
        .allSatisfy(
            fire -> {
              assertThat(fire.getZone()).isEqualTo(ZoneId.of(zone));
              assertThat(fire.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
              assertThat(fire.toLocalTime()).isEqualTo(LocalTime.of(7, 0));
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "America/New_York, 02:30, 2026-03-07T02:30-05:00, 2026-03-09T02:30-04:00",
    "Europe/London,    01:30, 2026-03-28T01:30Z,      2026-03-30T01:30+01:00",
  })
  void localTimeThatDoesNotExistOnTheSpringForwardDayDoesNotFireThatDay(
      String zone, LocalTime time, String dayBefore, String dayAfter) {
    Ritual ritual = active(daily(time, ZoneId.of(zone)));
    Instant from = ZonedDateTime.parse(dayBefore).toInstant().minusSeconds(1);

    List<ZonedDateTime> fires = rituals.nextFireTimes(ritual, from, 2);

    assertThat(fires)
        .extracting(ZonedDateTime::toOffsetDateTime)
        .containsExactly(
            ZonedDateTime.parse(dayBefore).toOffsetDateTime(),
            ZonedDateTime.parse(dayAfter).toOffsetDateTime());
    assertThat(quartzFireTimes(ritual, from, 2)).isEqualTo(instants(fires));
  }

  @Test
  void localTimeThatOccursTwiceOnTheFallBackDayFiresOnceAtTheStandardTimeOccurrence() {
    Ritual ritual = active(daily("01:30", "America/New_York"));
    Instant from = Instant.parse("2026-10-31T00:00:00Z");

    List<ZonedDateTime> fires = rituals.nextFireTimes(ritual, from, 3);

    // 01:30 happens at 05:30Z (EDT) and again at 06:30Z (EST) on 2026-11-01; only the second fires.
    assertThat(instants(fires))
        .containsExactly(
            Instant.parse("2026-10-31T05:30:00Z"),
            Instant.parse("2026-11-01T06:30:00Z"),
            Instant.parse("2026-11-02T06:30:00Z"));
    assertThat(quartzFireTimes(ritual, from, 3)).isEqualTo(instants(fires));
  }

  @Test
  void weeklyRitualSkipsFridaysInTheWinterHoliday() {
    var holiday = new DateRange(LocalDate.parse("2026-12-21"), LocalDate.parse("2027-01-03"));
    Ritual ritual = active(weekly(DayOfWeek.FRIDAY, "07:00", "Europe/London").withSkip(holiday));

    List<ZonedDateTime> fires =
        rituals.nextFireTimes(ritual, Instant.parse("2026-12-10T00:00:00Z"), 5);

    assertThat(fires)
        .extracting(ZonedDateTime::toLocalDate)
        .containsExactly(
            LocalDate.parse("2026-12-11"),
            LocalDate.parse("2026-12-18"),
            LocalDate.parse("2027-01-08"),
            LocalDate.parse("2027-01-15"),
            LocalDate.parse("2027-01-22"));
  }

  @Test
  void weekdayRitualResumesTheMondayAfterBackToBackHolidayRanges() {
    var schedule =
        TestRituals.on(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            LocalTime.of(15, 45),
            ZoneId.of("America/New_York"),
            new DateRange(LocalDate.parse("2026-12-21"), LocalDate.parse("2026-12-27")),
            new DateRange(LocalDate.parse("2026-12-26"), LocalDate.parse("2027-01-03")));

    List<ZonedDateTime> fires =
        rituals.nextFireTimes(active(schedule), Instant.parse("2026-12-17T23:00:00Z"), 5);

    assertThat(fires)
        .extracting(ZonedDateTime::toLocalDate)
        .containsExactly(
            LocalDate.parse("2026-12-18"),
            LocalDate.parse("2027-01-04"),
            LocalDate.parse("2027-01-05"),
            LocalDate.parse("2027-01-06"),
            LocalDate.parse("2027-01-07"));
    assertThat(fires).allSatisfy(f -> assertThat(f.toLocalTime()).isEqualTo(LocalTime.of(15, 45)));
  }

  @Test
  void nextFireTimesAreTheQuartzTriggerFireTimesWhenNothingIsSkipped() {
    // Sydney changes in April and October; three days a week with seconds in the time.
    var schedule =
        TestRituals.on(
            EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
            LocalTime.of(18, 15, 30),
            ZoneId.of("Australia/Sydney"));
    Ritual ritual = active(schedule);
    Instant from = Instant.parse("2026-03-20T00:00:00Z");

    List<ZonedDateTime> fires = rituals.nextFireTimes(ritual, from, 90);

    assertThat(instants(fires)).isEqualTo(quartzFireTimes(ritual, from, 90));
    assertThat(fires)
        .allSatisfy(f -> assertThat(f.toLocalTime()).isEqualTo(LocalTime.of(18, 15, 30)));
    assertThat(RitualCron.expression(schedule)).isEqualTo("30 15 18 ? * MON,WED,FRI");
  }

  @Test
  void firstFireTimeIsStrictlyAfterTheGivenInstant() {
    Ritual ritual = active(weekly(DayOfWeek.FRIDAY, "07:00", "Europe/London"));

    List<ZonedDateTime> fires =
        rituals.nextFireTimes(ritual, Instant.parse("2026-05-01T06:00:00Z"), 1);

    assertThat(instants(fires)).containsExactly(Instant.parse("2026-05-08T06:00:00Z"));
  }

  @Test
  void pausedRitualListsTheTimesItWouldFireAtIfResumed() {
    Ritual ritual = active(weekly(DayOfWeek.FRIDAY, "07:00", "Europe/London"));
    Instant after = Instant.parse("2026-05-01T00:00:00Z");

    List<ZonedDateTime> paused =
        rituals.nextFireTimes(ritual.withState(RitualState.PAUSED), after, 2);

    assertThat(instants(paused))
        .containsExactly(
            Instant.parse("2026-05-01T06:00:00Z"), Instant.parse("2026-05-08T06:00:00Z"))
        .isEqualTo(instants(rituals.nextFireTimes(ritual, after, 2)));
  }

  @Test
  void countOutsideZeroToTheMaximumIsRejected() {
    Ritual ritual = active(weekly(DayOfWeek.FRIDAY, "07:00", "Europe/London"));
    Instant after = Instant.parse("2026-05-01T00:00:00Z");

    assertThat(rituals.nextFireTimes(ritual, after, 0)).isEmpty();
    assertThatThrownBy(() -> rituals.nextFireTimes(ritual, after, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must be between 0 and 1000");
    assertThatThrownBy(() -> rituals.nextFireTimes(ritual, after, 1001))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void missedSlotMapsBackToTheLatestSlotAtOrBeforeTheLateFire() {
    var cron = RitualCron.compile("0 0 7 ? * FRI", ZoneId.of("Europe/London"));
    Instant slot = Instant.parse("2026-05-08T06:00:00Z");

    assertThat(RitualCron.latestSlotAtOrBefore(cron, slot)).isEqualTo(slot);
    assertThat(RitualCron.latestSlotAtOrBefore(cron, slot.plus(Duration.ofDays(4))))
        .isEqualTo(slot);
    assertThat(RitualCron.latestSlotAtOrBefore(cron, slot.minusSeconds(1)))
        .isEqualTo(slot.minus(Duration.ofDays(7)));
  }

  /** What Quartz itself computes for the trigger {@code schedule()} stores. */
  private static List<Instant> quartzFireTimes(Ritual ritual, Instant from, int count) {
    var trigger = (OperableTrigger) RitualTriggers.cron(ritual, from.plusSeconds(1));
    return TriggerUtils.computeFireTimes(trigger, null, count).stream()
        .map(java.util.Date::toInstant)
        .toList();
  }

  private static List<Instant> instants(List<ZonedDateTime> fires) {
    return fires.stream().map(ZonedDateTime::toInstant).toList();
  }
}
