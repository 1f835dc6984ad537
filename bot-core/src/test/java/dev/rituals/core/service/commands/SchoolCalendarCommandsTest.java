package dev.rituals.core.service.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.service.OccurrenceService;
import dev.rituals.core.service.OutboxSignal;
import dev.rituals.core.service.Ports;
import dev.rituals.core.testing.InMemoryPorts;
import dev.rituals.core.testing.MutableClock;
import dev.rituals.core.testing.RecordingScheduler;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.CommandReply.Outcome;
import dev.rituals.core.usecase.CommandRequest;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** schedule skip|unskip (school holidays) and community week (the school week). */
class SchoolCalendarCommandsTest {
  static final ChannelRef CHANNEL = ChannelRef.of(Platform.SLACK, "T1", "C1");
  static final UserRef MODERATOR = UserRef.of(Platform.SLACK, "T1", "U_MOD");
  static final UserRef MEMBER = UserRef.of(Platform.SLACK, "T1", "U_MEM");
  static final DateRange WINTER =
      new DateRange(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 3));

  Ports ports = InMemoryPorts.create();
  MutableClock clock = new MutableClock(Instant.parse("2026-12-01T15:00:00Z"));
  RecordingScheduler scheduler = new RecordingScheduler();
  OccurrenceService occurrences = new OccurrenceService(ports, scheduler, clock, OutboxSignal.NONE);
  CommandService commands = new CommandService(ports, scheduler, occurrences, clock);

  CommandReply say(UserRef who, String text) {
    return commands.handle(
        new CommandRequest(
            who,
            who.userId(),
            Optional.of(CHANNEL),
            text,
            false,
            Optional.of(ZoneId.of("Europe/London"))));
  }

  @BeforeEach
  void communityWithTwoRituals() {
    say(MODERATOR, "community create \"Maths\"");
    say(MEMBER, "community join");
    say(MODERATOR, "schedule add weekly fri 07:00 \"What worked?\"");
    say(MODERATOR, "schedule add slow-chat mon 08:00 bank days 3");
  }

  Community community() {
    return ports.communities().findByChannel(CHANNEL).orElseThrow();
  }

  Ritual ritual(int number) {
    return ports.rituals().findByNumber(community().id(), number).orElseThrow();
  }

  @Test
  void skippingARangeForTheCommunityReschedulesEveryRitualAndShowsInNext() {
    CommandReply reply = say(MODERATOR, "schedule skip 2026-12-21..2027-01-03");

    assertThat(reply.text())
        .isEqualTo(
            "Skipping 2026-12-21..2027-01-03 for every ritual of *Maths*, and rituals added"
                + " later. See `/rituals schedule next`.");
    assertThat(community().calendar().skips()).containsExactly(WINTER);
    assertThat(ritual(1).schedule().skips()).containsExactly(WINTER);
    assertThat(scheduler.scheduled().get(ritual(2).id()).schedule().skips())
        .as("the scheduler got the new skip dates")
        .containsExactly(WINTER);

    String next = say(MEMBER, "schedule next 1").text();
    assertThat(next)
        .contains("Fri 18 Dec 2026, 07:00")
        .doesNotContain("Fri 25 Dec")
        .doesNotContain("Fri 1 Jan")
        .contains("Fri 8 Jan 2027, 07:00")
        .contains("_Skipping: 2026-12-21..2027-01-03_");

    say(MODERATOR, "schedule add weekly wed 07:00 \"New one?\"");
    assertThat(ritual(3).schedule().skips()).as("rituals added later skip it too").contains(WINTER);
  }

  @Test
  void oneRitualCanSkipADayAndUnskipDropsSkipsInsideARange() {
    assertThat(say(MODERATOR, "schedule skip 2 2026-12-14").text())
        .startsWith("Skipping 2026-12-14 for ritual #2.");
    assertThat(ritual(2).schedule().skips())
        .containsExactly(DateRange.day(LocalDate.of(2026, 12, 14)));
    assertThat(ritual(1).schedule().skips()).isEmpty();
    say(MODERATOR, "schedule skip 2026-12-21 to 2027-01-03 all");

    assertThat(say(MODERATOR, "schedule unskip 2026-12-01..2026-12-31 2").text())
        .startsWith("No longer skipping");
    assertThat(ritual(2).schedule().skips()).containsExactly(WINTER);
    say(MODERATOR, "schedule unskip 2026-12-01..2027-01-31");
    assertThat(ritual(1).schedule().skips()).isEmpty();
    assertThat(community().calendar().skips()).isEmpty();
  }

  @Test
  void badDatesAndMembersAreRefusedWithNothingChanged() {
    assertThat(say(MODERATOR, "schedule skip 2026-13-01").outcome()).isEqualTo(Outcome.USAGE_ERROR);
    assertThat(say(MODERATOR, "schedule skip 2027-01-03..2026-12-21").text())
        .contains("put the earlier date first");
    assertThat(say(MODERATOR, "schedule skip 2026-01-01..2027-12-31").text())
        .contains("at most a year");
    assertThat(say(MODERATOR, "schedule skip").outcome()).isEqualTo(Outcome.USAGE_ERROR);
    assertThat(say(MEMBER, "schedule skip 2026-12-24").outcome()).isEqualTo(Outcome.DENIED);
    assertThat(say(MODERATOR, "schedule skip 2026-12-24 9").outcome()).isEqualTo(Outcome.NOT_FOUND);
    assertThat(community().calendar().skips()).isEmpty();
  }

  @Test
  void moderatorsSetTheSchoolWeekAndEveryoneCanSeeIt() {
    assertThat(say(MEMBER, "community week").text()).contains("is weekdays");
    assertThat(say(MEMBER, "community week sun-thu").outcome()).isEqualTo(Outcome.DENIED);

    assertThat(say(MODERATOR, "community week sun-thu").text())
        .contains("The school week of *Maths* is Mon, Tue, Wed, Thu, Sun");
    assertThat(community().calendar().schoolDays())
        .isEqualTo(
            EnumSet.of(
                DayOfWeek.SUNDAY,
                DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY));
    assertThat(say(MEMBER, "schedule next").text())
        .contains("_School week: Mon, Tue, Wed, Thu, Sun_");
    assertThat(say(MODERATOR, "community week funday").outcome()).isEqualTo(Outcome.USAGE_ERROR);
  }

  @Test
  void skipListShowsTheCommunitysDaysOffAndEachRitualsOwnAndSkipRemoveDropsThem() {
    say(MODERATOR, "schedule skip 2026-12-21..2027-01-03");
    say(MODERATOR, "schedule skip 2026-12-14 2");

    assertThat(say(MEMBER, "schedule skip list").text())
        .startsWith(
            "Days off in *Maths*: 2026-12-21..2027-01-03.\nRitual #2 also skips 2026-12-14"
                + "\nSchool week: weekdays.");

    say(MODERATOR, "schedule skip remove 2026-12-21..2027-01-03");
    assertThat(community().calendar().skips()).isEmpty();
    assertThat(ritual(1).schedule().skips()).isEmpty();
    assertThat(say(MEMBER, "schedule skip list").text()).startsWith("Days off in *Maths*: none.");
  }

  @Test
  void schoolweekIsAnotherNameForTheWeekCommand() {
    say(MODERATOR, "community schoolweek sun-thu");

    assertThat(community().calendar().schoolDays()).contains(DayOfWeek.SUNDAY);
    assertThat(community().calendar().schoolDays()).doesNotContain(DayOfWeek.FRIDAY);
  }
}
