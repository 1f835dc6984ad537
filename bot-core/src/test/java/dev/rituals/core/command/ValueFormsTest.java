package dev.rituals.core.command;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueFormsTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "07:00, 07:00", "7:00, 07:00", "19:05, 19:05", "00:00, 00:00", "23:59, 23:59",
    "7am, 07:00", "7AM, 07:00", "7pm, 19:00", "7:30pm, 19:30", "7.30pm, 19:30",
    "7:30 pm, 19:30", "12am, 00:00", "12pm, 12:00", "12:15am, 00:15", "11:59pm, 23:59",
    "7a.m., 07:00", "7p.m., 19:00", "19h05, 19:05", "noon, 12:00", "midnight, 00:00",
    "Noon, 12:00", "1am, 01:00"
  })
  void acceptsEveryTimeForm(String text, String expected) {
    assertThat(TimeOfDay.parse(text).value()).isEqualTo(LocalTime.parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "fri | FRIDAY",
        "Friday | FRIDAY",
        "FRIDAYS | FRIDAY",
        "mon,wed | MONDAY,WEDNESDAY",
        "mon, wed | MONDAY,WEDNESDAY",
        "mon wed fri | MONDAY,WEDNESDAY,FRIDAY",
        "tues,thurs | TUESDAY,THURSDAY",
        "weds,thur | WEDNESDAY,THURSDAY",
        "weekdays | MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY",
        "weekends | SATURDAY,SUNDAY",
        "daily | MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY",
        "everyday | MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY",
        "mon-wed | MONDAY,TUESDAY,WEDNESDAY",
        "fri-mon | FRIDAY,SATURDAY,SUNDAY,MONDAY",
        "sat,sun,sat | SATURDAY,SUNDAY"
      })
  void acceptsEveryDayForm(String text, String expected) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String d : expected.split(",")) {
      days.add(DayOfWeek.valueOf(d));
    }
    assertThat(DaysOfWeek.parse(text).days()).isEqualTo(days);
  }

  @Test
  void daysOfWeekIsNeverEmptyAndCannotBeChangedAfterwards() {
    assertThatThrownBy(() -> new DaysOfWeek(Set.of())).isInstanceOf(CommandSyntaxException.class);
    DaysOfWeek days = DaysOfWeek.of(MONDAY, THURSDAY);
    assertThatThrownBy(() -> days.days().add(SUNDAY))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(days.toString()).isEqualTo("mon,thu");
    assertThat(DaysOfWeek.of(TUESDAY, WEDNESDAY, FRIDAY, SATURDAY).days()).hasSize(4);
  }

  @ParameterizedTest(name = "{0} is {1} minutes")
  @CsvSource({
    "90m, 90",
    "2h, 120",
    "3d, 4320",
    "1w, 10080",
    "1h30m, 90",
    "1d2h, 1560",
    "45min, 45",
    "2hours, 120",
    "1day, 1440",
    "10minutes, 10"
  })
  void acceptsEveryDurationForm(String text, long minutes) {
    assertThat(TimeSpan.parse(text).value()).isEqualTo(Duration.ofMinutes(minutes));
  }

  @Test
  void timeSpanPrintsTheFormPeopleType() {
    assertThat(TimeSpan.parse("90m")).hasToString("1h30m");
    assertThat(TimeSpan.parse("1w")).hasToString("7d");
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "America/New_York, America/New_York",
    "america/new_york, America/New_York",
    "AMERICA/NEW-YORK, America/New_York",
    "Europe/London, Europe/London",
    "utc, UTC",
    "Asia/Kolkata, Asia/Kolkata",
    "America/Argentina/Buenos_Aires, America/Argentina/Buenos_Aires"
  })
  void acceptsIanaZonesInAnyCase(String text, String expected) {
    assertThat(TimeZones.parse(text)).isEqualTo(ZoneId.of(expected));
  }

  @ParameterizedTest(name = "{0} suggests {1}")
  @CsvSource({
    "london, Europe/London",
    "EST, America/New_York",
    "PST, America/Los_Angeles",
    "new_york, America/New_York",
    "Europe/Londn, Europe/London",
    "tokyo, Asia/Tokyo"
  })
  void refusesAbbreviationsAndCityNamesButSuggestsTheZone(String text, String suggestion) {
    assertThatThrownBy(() -> TimeZones.parse(text))
        .isInstanceOf(CommandSyntaxException.class)
        .hasMessageContaining("\"" + text + "\"")
        .hasMessageContaining(suggestion);
  }

  @Test
  void ritualRefTellsListNumbersFromIdPrefixes() {
    assertThat(new RitualRef("#07").listNumber()).hasValue(7);
    assertThat(new RitualRef("#07").idPrefix()).isEmpty();
    assertThat(new RitualRef("1234").idPrefix()).hasValue("1234");
    assertThat(new RitualRef("ABCDEF").idPrefix()).hasValue("abcdef");
    assertThat(new RitualRef("ABCDEF").listNumber()).isEmpty();
  }

  @Test
  void quotedTextIsTrimmedAndBounded() {
    assertThat(new QuotedText("  hi \u0007 there\n ").value()).isEqualTo("hi  there");
    assertThat(new QuotedText("x".repeat(3000)).value()).hasSize(3000);
    assertThatThrownBy(() -> new QuotedText("x".repeat(3001)))
        .isInstanceOf(CommandSyntaxException.class)
        .hasMessageContaining("3,001 characters");
  }

  @Test
  void editDistanceCountsASwapAsOneEdit() {
    assertThat(EditDistance.between("scheduel", "schedule")).isEqualTo(1);
    assertThat(EditDistance.nearest("scheduel", Topic.words())).hasValue("schedule");
    assertThat(EditDistance.nearest("sched", Topic.words())).hasValue("schedule");
    assertThat(EditDistance.nearest("xyzzy", Topic.words())).isEmpty();
  }
}
