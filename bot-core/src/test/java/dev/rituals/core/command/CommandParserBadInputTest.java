package dev.rituals.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.command.ParseResult.ParseError;
import dev.rituals.core.command.ParseResult.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hundreds of wrong commands. Each must name the offending word in quotes, and offer an example
 * that itself parses: a person who copies the example always gets a working command.
 */
class CommandParserBadInputTest {
  private final CommandParser parser = Fixtures.parser();

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("badInputs")
  void errorNamesTheOffendingWordAndGivesAWorkingExample(String input, String offending) {
    ParseResult result = parser.parse(input);

    assertThat(result).as(input).isInstanceOf(ParseError.class);
    ParseError error = (ParseError) result;
    assertThat(error.message()).as(input).contains("\"" + offending + "\"");
    assertThat(parser.parse(error.example())).as(error.example()).isInstanceOf(Parsed.class);
    assertThat(parser.parse("/rituals " + error.example())).isInstanceOf(Parsed.class);
  }

  @Test
  void misspelledCommandSuggestsTheNearestAndShowsItsExample() {
    ParseError error = (ParseError) parser.parse("scheduel list");
    assertThat(error.message())
        .startsWith("\"scheduel\" is not a command. Did you mean \"schedule\"?");
    assertThat(error.example()).startsWith("schedule ");
    assertThat(error.code()).isEqualTo(ErrorCode.UNKNOWN_COMMAND);
  }

  @Test
  void misspelledSubcommandShowsTheNearestSubcommandsExample() {
    ParseError error = (ParseError) parser.parse("schedule pase 2");
    assertThat(error.message()).contains("Did you mean \"pause\"?");
    assertThat(error.example()).isEqualTo("schedule pause 2");
  }

  @Test
  void wrongDayListsTheAcceptedDays() {
    ParseError error = (ParseError) parser.parse("schedule add weekly fryday 07:00");
    assertThat(error.message())
        .startsWith("\"fryday\" is not a day. Did you mean \"friday\"?")
        .contains("Use mon, tue, wed, thu, fri, sat, sun (comma-separated)");
    assertThat(error.code()).isEqualTo(ErrorCode.BAD_DAY);
    assertThat(error.example())
        .isEqualTo(
            "schedule add weekly fri 07:00 America/New_York \"What did you try this week?\"");
  }

  @Test
  void liveChatErrorsShowALiveChatExample() {
    ParseError error = (ParseError) parser.parse("schedule add live-chat thu 7pm questions 99");
    assertThat(error.example()).startsWith("schedule add live-chat ");
  }

  @Test
  void tooLongInputIsRefusedWithoutReadingIt() {
    ParseError error = (ParseError) parser.parse("ask now " + "x".repeat(5000));
    assertThat(error.code()).isEqualTo(ErrorCode.TOO_LONG);
    assertThat(error.message()).contains("5,008 characters");
  }

  static Stream<Arguments> badInputs() {
    List<Arguments> cases = new ArrayList<>();
    for (String line : CASES.strip().split("\n")) {
      String[] parts = line.split(" => ", -1);
      cases.add(Arguments.of(parts[0], parts[1].equals("<empty>") ? "" : parts[1]));
    }
    // Every ritual-reference command with every kind of bad reference.
    for (String command : List.of("show", "pause", "resume", "delete", "next")) {
      for (String ref :
          List.of(
              "x",
              "0",
              "-1",
              "abc",
              "2.5",
              "two",
              "#x",
              "abcdefghij",
              "1234567890abc",
              "zzzz",
              "3f9a-")) {
        cases.add(Arguments.of("schedule " + command + " " + ref, ref));
      }
      cases.add(Arguments.of("schedule " + command + " 2 extra", "extra"));
    }
    return cases.stream();
  }

  /** input => the word the message must name (<empty> for the empty quoted text). */
  private static final String CASES =
      """
      scheduel list => scheduel
      shedule list => shedule
      schedul add => schedul
      comunity info => comunity
      communty join => communty
      questons list => questons
      qestions add "x" => qestions
      reprot => reprot
      repot last-week => repot
      hepl => hepl
      halp => halp
      aks now => aks
      ask-now => ask-now
      foo => foo
      ritual => ritual
      "schedule list" => schedule list
      🎉 => 🎉
      12345 => 12345
      list => list
      add weekly fri 7am => add
      pause 2 => pause
      delete => delete
      /rituals foo => foo
      /rituals /rituals => /rituals
      --help => --help
      -h => -h
      schedule:list => schedule:list
      join => join
      help foo => foo
      help scheduel => scheduel
      help help => help
      help ? => ?
      help schedule blah => blah
      help community foo => foo
      help report now => now
      help "schedule" => schedule
      schedule help me => me
      community creat "X" => creat
      community craete "X" => craete
      community delete => delete
      community joni => joni
      community info now => now
      community join please => please
      community leave now => now
      community create => create
      community create tz Europe/London => tz
      community create "" => <empty>
      community create "   " => <empty>
      community create "Science" tz Mars/Phobos => Mars/Phobos
      community create "Science" tz EST => EST
      community create "Science" tz london => london
      community create "Science" tz +02:00 => +02:00
      community create "Science" tz => tz
      community create "Science" domain => domain
      community create "Science" domain tz UTC => tz
      community create "Science" "Math" => Math
      community create "Science" domain "a" domain "b" => domain
      community create "Science" tz UTC tz UTC => tz
      community create "Science" tz Europe/Londn => Europe/Londn
      community create "Science" tz America/New_Yrok => America/New_Yrok
      community create "Science" tz GMT+2 => GMT+2
      community create "Science" tz PST => PST
      community create "Science" tz CET => CET
      community create Science Club tz Moon/Base => Moon/Base
      community create "Science => "Science
      schedule lst => lst
      schedule ad weekly fri 7am => ad
      schedule pase 2 => pase
      schedule resme 2 => resme
      schedule delet 2 => delet
      schedule shwo 2 => shwo
      schedule nxt => nxt
      schedule foo => foo
      schedule list all => all
      schedule list 2 => 2
      schedule show => show
      schedule pause => pause
      schedule resume => resume
      schedule delete => delete
      schedule add weekley fri 7am => weekley
      schedule add monthly fri 7am => monthly
      schedule add live-chta thu 7pm => live-chta
      schedule add "weekly" fri 7am => weekly
      schedule add 7am => 7am
      schedule add webinar fri 7am => webinar
      schedule add biweekly fri 7am => biweekly
      schedule add weekly fryday 07:00 => fryday
      schedule add weekly mon,fryday 07:00 => fryday
      schedule add weekly funday 7am => funday
      schedule add weekly xyz 7am => xyz
      schedule add weekly 7am => 7am
      schedule add weekly 07:00 "q" => 07:00
      schedule add weekly => weekly
      schedule add weekly mon, => mon,
      schedule add weekly mon-xyz 7am => mon-xyz
      schedule add weekly thursdays, fridya 7am => fridya
      schedule add weekly monday tuseday 7am => tuseday
      schedule add weekly mon wednesdy 7am => wednesdy
      schedule add weekly weekdayz 7am => weekdayz
      schedule add weekly mon and 7am => and
      schedule add daily mon 7am => mon
      schedule add weekly on 7am => 7am
      schedule add weekly mon 7am fri => fri
      schedule add weekly fri 25:00 => 25:00
      schedule add weekly fri 7:60 => 7:60
      schedule add weekly fri 13pm => 13pm
      schedule add weekly fri 0am => 0am
      schedule add weekly fri 7 => 7
      schedule add weekly fri 19 => 19
      schedule add weekly fri seven => seven
      schedule add weekly fri 7:5 => 7:5
      schedule add weekly fri 7:000 => 7:000
      schedule add weekly fri 7amm => 7amm
      schedule add weekly fri noonish => noonish
      schedule add weekly fri 7 xm => 7
      schedule add weekly fri => fri
      schedule add weekly fri at => at
      schedule add weekly fri 99:99 => 99:99
      schedule add weekly fri -7:00 => -7:00
      schedule add weekly fri 7h => 7h
      schedule add weekly fri 24:00 => 24:00
      schedule add weekly fri 7am EST => EST
      schedule add weekly fri 7am PST "q" => PST
      schedule add weekly fri 7am london => london
      schedule add weekly fri 7am paris => paris
      schedule add weekly fri 7am tokyo => tokyo
      schedule add weekly fri 7am new_york => new_york
      schedule add weekly fri 7am Europe/Londn => Europe/Londn
      schedule add weekly fri 7am America/NewYork => America/NewYork
      schedule add weekly fri 7am Mars/Olympus => Mars/Olympus
      schedule add weekly fri 7am +05:30 => +05:30
      schedule add weekly fri 7am UTC+2 => UTC+2
      schedule add weekly fri 7am GMT => GMT
      schedule add weekly fri 7am tz => tz
      schedule add weekly fri 7am tz moon => moon
      schedule add weekly fri 7am UTC UTC => UTC
      schedule add weekly fri 7am Etc/GMT+5 => Etc/GMT+5
      schedule add weekly fri 7am America/ => America/
      schedule add weekly fri 7am CEST => CEST
      schedule add weekly fri 7am What did you try? => What
      schedule add weekly fri 7am "q1" "q2" => q2
      schedule add weekly fri 7am "q" bank => bank
      schedule add weekly fri 7am bank "q" => q
      schedule add weekly fri 7am "" => <empty>
      schedule add weekly fri 7am bank ??? => ???
      schedule add weekly fri 7am bank a,b => a,b
      schedule add weekly fri 7am window => window
      schedule add weekly fri 7am window 3x => 3x
      schedule add weekly fri 7am window forever => forever
      schedule add weekly fri 7am window 0m => 0m
      schedule add weekly fri 7am window 400d => 400d
      schedule add weekly fri 7am window 1m => 1m
      schedule add weekly fri 7am window 31d => 31d
      schedule add weekly fri 7am window 2h window 3h => window
      schedule add weekly fri 7am window -2h => -2h
      schedule add weekly fri 7am window 2 => 2
      schedule add weekly fri 7am windw 2h => windw
      schedule add weekly fri 7am questions 5 => questions
      schedule add weekly fri 7am every 10m => every
      schedule add weekly fri 7am days 5 => days
      schedule add prompt mon 9am days 3 => days
      schedule add live-chat thu 7pm days 5 => days
      schedule add slow-chat mon 8am questions 3 => questions
      schedule add slow-chat mon 8am every 10m => every
      schedule add live-chat thu 7pm questions => questions
      schedule add live-chat thu 7pm questions 0 => 0
      schedule add live-chat thu 7pm questions 21 => 21
      schedule add live-chat thu 7pm questions many => many
      schedule add live-chat thu 7pm questions -3 => -3
      schedule add live-chat thu 7pm questions 2.5 => 2.5
      schedule add live-chat thu 7pm every => every
      schedule add live-chat thu 7pm every 0m => 0m
      schedule add live-chat thu 7pm every 3h => 3h
      schedule add live-chat thu 7pm every soon => soon
      schedule add live-chat thu 7pm questions 6 every 10m window 30m => 30m
      schedule add live-chat thu 7pm "What?" => What?
      schedule add slow-chat mon 8am "Why?" => Why?
      schedule add slow-chat mon 8am days 1 => 1
      schedule add slow-chat mon 8am days 15 => 15
      schedule add slow-chat mon 8am days => days
      schedule add slow-chat mon 8am days five => five
      schedule add live-chat thu 7pm questions 5 questions 6 => questions
      schedule add weekly fri 7am "q" extra => extra
      schedule add weekly fri 7am 8am => 8am
      schedule add weekly fri 7am "What did you try => "What did you try
      questions ad "x" => ad
      questions lsit => lsit
      questions remov 3 => remov
      questions delete-all => delete-all
      questions add => add
      questions add "" => <empty>
      questions add tags a => tags
      questions add "Why?" tags => tags
      questions add "Why?" tags ??? => ???
      questions add "Why?" tags a,b!,c => b!
      questions add "Why?" tags #a #b! => #b!
      questions add "Why?" labels a => labels
      questions add "Why?" "Again?" => Again?
      questions list a b => b
      questions list ??? => ???
      questions list "two words" => two words
      questions remove => remove
      questions remove 0 => 0
      questions remove x => x
      questions remove -1 => -1
      questions remove 10000 => 10000
      questions remove 1 2 => 2
      questions remove 1.5 => 1.5
      questions remove three => three
      ask => ask
      ask later => later
      ask now "" => <empty>
      ask nw "q" => nw
      ask "What?" => What?
      ask now "What => "What
      ask now “What => “What
      questions add ‘Why => ‘Why
      report yesterday-ish => yesterday-ish
      report last-fortnight => last-fortnight
      report last-0-days => last-0-days
      report this-3-weeks => this-3-weeks
      report 2026-13-01 => 2026-13-01
      report 2026-02-30 => 2026-02-30
      report 1999-01-01 => 1999-01-01
      report 2101-01-01 => 2101-01-01
      report 2026-10-31..2026-09-01 => 2026-10-31
      report 2026-10-31 2026-09-01 => 2026-10-31
      report 2026-09-01..2026-13-01 => 2026-13-01
      report 09/01/2026 => 09/01/2026
      report sept => sept
      report 2026-09-01 2026-10-01 2026-11-01 => 2026-11-01
      report from => from
      report since => since
      report 2026-09-01... => .
      report 2027-01-01 => 2027-01-01
      report 20260901 => 20260901
      report last-99999-days => last-99999-days
      report this-year-ago => this-year-ago
      report 2026-09-01..2026-10-01..2026-11-01 => 2026-09-01..2026-10-01..2026-11-01
      """;
}
