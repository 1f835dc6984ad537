package dev.rituals.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.command.Command.AskNow;
import dev.rituals.core.command.Command.CommunityInfo;
import dev.rituals.core.command.Command.CommunityJoin;
import dev.rituals.core.command.Command.CommunityLeave;
import dev.rituals.core.command.Command.Help;
import dev.rituals.core.command.Command.QuestionsList;
import dev.rituals.core.command.Command.QuestionsRemove;
import dev.rituals.core.command.Command.Report;
import dev.rituals.core.command.Command.ScheduleAddForm;
import dev.rituals.core.command.Command.ScheduleDelete;
import dev.rituals.core.command.Command.ScheduleList;
import dev.rituals.core.command.Command.ScheduleNext;
import dev.rituals.core.command.Command.SchedulePause;
import dev.rituals.core.command.Command.ScheduleResume;
import dev.rituals.core.command.Command.ScheduleShow;
import dev.rituals.core.command.QuestionSource.FixedQuestion;
import dev.rituals.core.command.QuestionSource.FromBank;
import dev.rituals.core.command.RitualFormat.LiveChat;
import dev.rituals.core.command.RitualFormat.Prompt;
import dev.rituals.core.command.RitualFormat.SlowChat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CommandParserHappyPathTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final QuestionSource BANK = FromBank.any();

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("commands")
  void parsesEveryCommandIntoItsTypedRecord(String text, Command expected) {
    assertThat(Fixtures.parser().parse(text)).isEqualTo(new ParseResult.Parsed(expected));
  }

  static Stream<Arguments> commands() {
    return Stream.of(
        // help
        Arguments.of("", new Help(Optional.empty())),
        Arguments.of("/rituals", new Help(Optional.empty())),
        Arguments.of("help", new Help(Optional.empty())),
        Arguments.of("HELP", new Help(Optional.empty())),
        Arguments.of("?", new Help(Optional.empty())),
        Arguments.of("help schedule", new Help(Optional.of(Topic.SCHEDULE))),
        Arguments.of("help schedule add", new Help(Optional.of(Topic.SCHEDULE))),
        Arguments.of("help question", new Help(Optional.of(Topic.QUESTIONS))),
        Arguments.of("help report", new Help(Optional.of(Topic.REPORT))),
        Arguments.of("schedule help", new Help(Optional.of(Topic.SCHEDULE))),
        Arguments.of("/rituals help community", new Help(Optional.of(Topic.COMMUNITY))),
        // community
        Arguments.of(
            "community create \"Grade 5 Science\"",
            new CommunityCreate(text("Grade 5 Science"), Optional.empty(), Optional.empty())),
        Arguments.of(
            "community create Grade 5 Science domain Inquiry in science tz Europe/Paris",
            new CommunityCreate(
                text("Grade 5 Science"),
                Optional.of(text("Inquiry in science")),
                Optional.of(ZoneId.of("Europe/Paris")))),
        Arguments.of(
            "Community Create “New Teachers” domain “First years” TZ america/new_york",
            new CommunityCreate(
                text("New Teachers"), Optional.of(text("First years")), Optional.of(NEW_YORK))),
        Arguments.of(
            "community create 'Math Circle' America/New_York",
            new CommunityCreate(text("Math Circle"), Optional.empty(), Optional.of(NEW_YORK))),
        Arguments.of("community info", new CommunityInfo()),
        Arguments.of("community", new CommunityInfo()),
        Arguments.of("community join", new CommunityJoin()),
        Arguments.of("community leave", new CommunityLeave()),
        // schedule add
        Arguments.of("schedule add", new ScheduleAddForm()),
        Arguments.of(
            "schedule add weekly fri 07:00 America/New_York \"What did you try this week?\"",
            add(
                new Prompt(),
                DaysOfWeek.of(DayOfWeek.FRIDAY),
                TimeOfDay.of(7, 0),
                Optional.of(NEW_YORK),
                fixed("What did you try this week?"),
                Optional.empty())),
        Arguments.of(
            "/rituals schedule add prompt mon,wed 7:30pm bank routines window 2d",
            add(
                new Prompt(),
                DaysOfWeek.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
                TimeOfDay.of(19, 30),
                Optional.empty(),
                new FromBank(Optional.of(new Tag("routines"))),
                Optional.of(TimeSpan.parse("2d")))),
        Arguments.of(
            "schedule add weekly on monday and wednesday at 7 am",
            prompt(DaysOfWeek.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), TimeOfDay.of(7, 0))),
        Arguments.of("schedule add daily 12pm", prompt(DaysOfWeek.everyDay(), TimeOfDay.of(12, 0))),
        Arguments.of(
            "schedule add fri 19:05", prompt(DaysOfWeek.of(DayOfWeek.FRIDAY), TimeOfDay.of(19, 5))),
        Arguments.of(
            "schedule add weekly every friday noon window 90m \"Why?\" tz UTC",
            add(
                new Prompt(),
                DaysOfWeek.of(DayOfWeek.FRIDAY),
                TimeOfDay.of(12, 0),
                Optional.of(ZoneId.of("UTC")),
                fixed("Why?"),
                Optional.of(TimeSpan.ofMinutes(90)))),
        Arguments.of(
            "schedule add live-chat thu 7pm America/Chicago bank assessment questions 6 every 10m",
            add(
                new LiveChat(6, TimeSpan.ofMinutes(10)),
                DaysOfWeek.of(DayOfWeek.THURSDAY),
                TimeOfDay.of(19, 0),
                Optional.of(ZoneId.of("America/Chicago")),
                new FromBank(Optional.of(new Tag("assessment"))),
                Optional.empty())),
        Arguments.of(
            "schedule add live-chat tue 4pm every 15 window 2h",
            add(
                new LiveChat(LiveChat.DEFAULT_QUESTIONS, TimeSpan.ofMinutes(15)),
                DaysOfWeek.of(DayOfWeek.TUESDAY),
                TimeOfDay.of(16, 0),
                Optional.empty(),
                BANK,
                Optional.of(TimeSpan.ofMinutes(120)))),
        Arguments.of(
            "schedule add slow-chat mon 08:00 Europe/London bank days 5",
            add(
                new SlowChat(5),
                DaysOfWeek.of(DayOfWeek.MONDAY),
                TimeOfDay.of(8, 0),
                Optional.of(ZoneId.of("Europe/London")),
                BANK,
                Optional.empty())),
        Arguments.of(
            "schedule add slowchat weekdays 6:45am",
            add(
                new SlowChat(SlowChat.DEFAULT_DAYS),
                new DaysOfWeek(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)),
                TimeOfDay.of(6, 45),
                Optional.empty(),
                BANK,
                Optional.empty())),
        // schedule management
        Arguments.of("schedule", new ScheduleList()),
        Arguments.of("schedule list", new ScheduleList()),
        Arguments.of("schedules ls", new ScheduleList()),
        Arguments.of("schedule show 2", new ScheduleShow(RitualRef.number(2))),
        Arguments.of("schedule show #2", new ScheduleShow(RitualRef.number(2))),
        Arguments.of("schedule pause 3F9A", new SchedulePause(new RitualRef("3f9a"))),
        Arguments.of("schedule resume 12", new ScheduleResume(RitualRef.number(12))),
        Arguments.of(
            "schedule delete 0a1b2c3d4e5f", new ScheduleDelete(new RitualRef("0a1b2c3d4e5f"))),
        Arguments.of("schedule rm 1", new ScheduleDelete(RitualRef.number(1))),
        Arguments.of("schedule next", new ScheduleNext(Optional.empty())),
        Arguments.of("schedule next 2", new ScheduleNext(Optional.of(RitualRef.number(2)))),
        // questions
        Arguments.of(
            "questions add \"Which routine saves you the most time?\" tags routines,planning",
            new QuestionsAdd(
                text("Which routine saves you the most time?"),
                Set.of(new Tag("routines"), new Tag("planning")))),
        Arguments.of(
            "question add What’s one thing you’d change? tags #Routines, planning",
            new QuestionsAdd(
                text("What’s one thing you’d change?"),
                Set.of(new Tag("routines"), new Tag("planning")))),
        Arguments.of(
            "questions add \"Say \\\"hi\\\"\"", new QuestionsAdd(text("Say \"hi\""), Set.of())),
        Arguments.of("questions", new QuestionsList(Optional.empty())),
        Arguments.of("questions list", new QuestionsList(Optional.empty())),
        Arguments.of(
            "questions list #Routines", new QuestionsList(Optional.of(new Tag("routines")))),
        Arguments.of("questions remove 3", new QuestionsRemove(3)),
        Arguments.of("questions delete 12", new QuestionsRemove(12)),
        // ask
        Arguments.of("ask now", new AskNow(Optional.empty())),
        Arguments.of(
            "ask now \"What made you smile?\"",
            new AskNow(Optional.of(text("What made you smile?")))),
        Arguments.of(
            "ask now What made you smile?", new AskNow(Optional.of(text("What made you smile?")))),
        // report (today is Thursday 2026-10-15)
        Arguments.of("report", report("2026-09-16", "2026-10-15")),
        Arguments.of("report 2026-09-01", report("2026-09-01", "2026-10-15")),
        Arguments.of("report 2026-09-01 2026-10-31", report("2026-09-01", "2026-10-31")),
        Arguments.of("report 2026-09-01..2026-10-31", report("2026-09-01", "2026-10-31")),
        Arguments.of("report from 2026-9-1 to 2026-10-31", report("2026-09-01", "2026-10-31")),
        Arguments.of("report since 2026-10-01", report("2026-10-01", "2026-10-15")),
        Arguments.of("report today", report("2026-10-15", "2026-10-15")),
        Arguments.of("report yesterday", report("2026-10-14", "2026-10-14")),
        Arguments.of("report this-week", report("2026-10-12", "2026-10-15")),
        Arguments.of("report last-week", report("2026-10-05", "2026-10-11")),
        Arguments.of("report last week", report("2026-10-05", "2026-10-11")),
        Arguments.of("report this-month", report("2026-10-01", "2026-10-15")),
        Arguments.of("report last-month", report("2026-09-01", "2026-09-30")),
        Arguments.of("report this-year", report("2026-01-01", "2026-10-15")),
        Arguments.of("report last-year", report("2025-01-01", "2025-12-31")),
        Arguments.of("report last-30-days", report("2026-09-16", "2026-10-15")),
        Arguments.of("report past-7-days", report("2026-10-09", "2026-10-15")),
        Arguments.of("report last-2-weeks", report("2026-10-02", "2026-10-15")),
        Arguments.of("report last-3-months", report("2026-07-16", "2026-10-15")));
  }

  private static QuotedText text(String value) {
    return new QuotedText(value);
  }

  private static QuestionSource fixed(String value) {
    return new FixedQuestion(text(value));
  }

  private static ScheduleAdd prompt(DaysOfWeek days, TimeOfDay time) {
    return add(new Prompt(), days, time, Optional.empty(), BANK, Optional.empty());
  }

  private static ScheduleAdd add(
      RitualFormat format,
      DaysOfWeek days,
      TimeOfDay time,
      Optional<ZoneId> zone,
      QuestionSource questions,
      Optional<TimeSpan> window) {
    return new ScheduleAdd(format, days, time, zone, questions, window);
  }

  private static Report report(String from, String to) {
    return new Report(new DateRange(LocalDate.parse(from), LocalDate.parse(to)));
  }
}
