package dev.rituals.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rituals.core.command.Command.Report;
import dev.rituals.core.command.ParseResult.Parsed;
import dev.rituals.core.command.QuestionSource.FixedQuestion;
import dev.rituals.core.command.QuestionSource.FromBank;
import dev.rituals.core.command.RitualFormat.LiveChat;
import dev.rituals.core.command.RitualFormat.SlowChat;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Commands built directly (from a Slack modal or a Teams card) obey the same rules as text. */
class CommandRecordsTest {

  @Test
  void scheduleAddBuiltFromAFormRejectsAWindowShorterThanTheLiveChat() {
    assertThatThrownBy(
            () ->
                new ScheduleAdd(
                    new LiveChat(6, TimeSpan.ofMinutes(10)),
                    DaysOfWeek.of(DayOfWeek.THURSDAY),
                    TimeOfDay.of(19, 0),
                    Optional.empty(),
                    FromBank.any(),
                    Optional.of(TimeSpan.ofMinutes(30))))
        .isInstanceOf(CommandSyntaxException.class)
        .extracting(e -> ((CommandSyntaxException) e).code())
        .isEqualTo(ErrorCode.INCONSISTENT_OPTIONS);
  }

  @Test
  void chatsCannotRepeatOneFixedQuestion() {
    assertThatThrownBy(
            () ->
                new ScheduleAdd(
                    new SlowChat(5),
                    DaysOfWeek.everyDay(),
                    TimeOfDay.of(8, 0),
                    Optional.empty(),
                    new FixedQuestion(new QuotedText("Why?")),
                    Optional.empty()))
        .isInstanceOf(CommandSyntaxException.class);
  }

  @Test
  void valueRecordsRefuseOutOfRangeValues() {
    assertThatThrownBy(() -> new LiveChat(0, TimeSpan.ofMinutes(10)))
        .isInstanceOf(CommandSyntaxException.class);
    assertThatThrownBy(() -> new SlowChat(1)).isInstanceOf(CommandSyntaxException.class);
    assertThatThrownBy(() -> new Command.QuestionsRemove(0))
        .isInstanceOf(CommandSyntaxException.class);
    assertThatThrownBy(() -> new RitualRef("xyz")).isInstanceOf(CommandSyntaxException.class);
    assertThatThrownBy(() -> new Tag("two words")).isInstanceOf(CommandSyntaxException.class);
    assertThatThrownBy(() -> new DateRange(LocalDate.of(1999, 12, 31), LocalDate.of(2026, 1, 1)))
        .isInstanceOf(CommandSyntaxException.class);
  }

  @Test
  void questionTagsKeepTheOrderTypedAndCannotBeChanged() {
    QuestionsAdd add = new QuestionsAdd(new QuotedText("Why?"), Set.of(new Tag("b")));
    assertThatThrownBy(() -> add.tags().add(new Tag("c")))
        .isInstanceOf(UnsupportedOperationException.class);
    Command parsed = ((Parsed) Fixtures.parser().parse("questions add Why? tags z,a,m")).command();
    assertThat(((QuestionsAdd) parsed).tags())
        .extracting(Tag::value)
        .containsExactly("z", "a", "m");
  }

  @Test
  void todayIsTheDayInTheClocksZoneNotInUtc() {
    // 23:30 UTC on the 15th is already the 16th in Tokyo.
    Clock tokyo = Clock.fixed(Instant.parse("2026-10-15T23:30:00Z"), ZoneId.of("Asia/Tokyo"));
    Command command = ((Parsed) new CommandParser(tokyo).parse("report today")).command();
    assertThat(((Report) command).range().from()).isEqualTo(LocalDate.of(2026, 10, 16));
  }

  @Test
  void misspelledCommandBeforeAValidSubcommandShowsThatSubcommandsExample() {
    ParseResult result = Fixtures.parser().parse("scheduel list");
    assertThat(((ParseResult.ParseError) result).example()).isEqualTo("schedule list");
  }
}
