package dev.rituals.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AdminParserTest {
  CommandParser parser =
      new CommandParser(Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC));

  Command parse(String text) {
    ParseResult result = parser.parse(text);
    assertThat(result).as(text).isInstanceOf(ParseResult.Parsed.class);
    return ((ParseResult.Parsed) result).command();
  }

  @Test
  void adminsAloneAndAdminListBothList() {
    assertThat(parse("admins")).isEqualTo(new AdminCommand.ListAdmins());
    assertThat(parse("admin")).isEqualTo(new AdminCommand.ListAdmins());
    assertThat(parse("admin list")).isEqualTo(new AdminCommand.ListAdmins());
    assertThat(parse("ADMINS ls")).isEqualTo(new AdminCommand.ListAdmins());
  }

  @Test
  void addAndRemoveKeepWhatFollowsAsThePerson() {
    assertThat(parse("admin add <@U123|ana>")).isEqualTo(new AdminCommand.Add("<@U123|ana>"));
    assertThat(parse("admin rm Ana Lopez")).isEqualTo(new AdminCommand.Remove("Ana Lopez"));
    // Teams strips the mention from the text: the person comes as an entity beside it
    assertThat(parse("admin add")).isEqualTo(new AdminCommand.Add(""));
  }

  @Test
  void aWrongSubcommandIsNamedWithTheNearestOne() {
    ParseResult result = parser.parse("admin ad @Ana");
    assertThat(result).isInstanceOf(ParseResult.ParseError.class);
    ParseResult.ParseError error = (ParseResult.ParseError) result;
    assertThat(error.message()).contains("\"ad\"", "add");
    assertThat(error.example()).isEqualTo("admin add @Ana");
  }

  @Test
  void listTakesNothingAfterIt() {
    ParseResult result = parser.parse("admins list everyone");
    assertThat(result).isInstanceOf(ParseResult.ParseError.class);
    assertThat(((ParseResult.ParseError) result).message()).contains("everyone");
  }
}
