package dev.rituals.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.app.cli.SimulateCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code simulate} runs the real engine on a temporary database and prints the report. */
class SimulationTest {
  @Test
  void simulatePrintsAWeekByWeekReportWhoseNumbersAddUp() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    int exit;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      exit =
          new CommandLine(new SimulateCommand())
              .execute("--members", "40", "--weeks", "4", "--seed", "3");
    } finally {
      System.setOut(original);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(text).isZero();
    assertThat(text).contains("Participation report: Grade 6-8 Science").contains("Members: 41");
    String[] weekLines =
        text.lines()
            .filter(l -> l.matches("\\s+\\d+\\s+(Mon|Tue|Wed|Thu|Fri|Sat|Sun) .*"))
            .toArray(String[]::new);
    assertThat(weekLines).hasSize(4).allMatch(l -> l.contains("07:00"));
    int respondents = 0;
    for (String line : weekLines) {
      respondents += Integer.parseInt(line.trim().split("\\s+")[4]);
    }
    int answers = Integer.parseInt(text.replaceAll("(?s).*Answers: (\\d+).*", "$1"));
    assertThat(answers)
        .as("every simulated answer is one respondent of one week")
        .isEqualTo(respondents);
    assertThat(text).contains("Last recap posted");
  }

  @Test
  void simulateRefusesOutOfRangeOptionsWithAMessage() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandLine cli = new CommandLine(new SimulateCommand());
    cli.setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));
    assertThat(cli.execute("--weeks", "0")).isNotZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--weeks must be between 1 and 104");
  }

  @Test
  void simulateLiveChatPrintsQuestionsEveryEightMinutesRepliesAndARecap() {
    String text = simulate("--ritual", "live-chat", "--members", "12", "--weeks", "1");

    assertThat(text).contains("== Live chat");
    assertThat(text)
        .contains("Thu 10 Sep 19:00  Q1 ")
        .contains("Thu 10 Sep 19:08  Q2 ")
        .contains("Thu 10 Sep 19:16  Q3 ")
        .contains("Thu 10 Sep 19:24  Q4 ")
        .containsPattern("Thu 10 Sep 19:0\\d    .+ \\(thread of Q1\\): ");
    assertThat(text.lines().filter(l -> l.contains("  RECAP  ")).toList())
        .as(text)
        .isNotEmpty()
        .anyMatch(l -> l.contains("has closed"));
    assertThat(text).contains("1 recap posted.");
  }

  @Test
  void simulateSlowChatPrintsOneQuestionADayAndARecap() {
    String text = simulate("--ritual", "slow-chat", "--members", "12", "--weeks", "1");

    assertThat(text).contains("== Slow chat");
    assertThat(text)
        .contains("Mon 7 Sep 08:00  Q1 ")
        .contains("Tue 8 Sep 08:00  Q2 ")
        .contains("Wed 9 Sep 08:00  Q3 ");
    assertThat(text.lines().filter(l -> l.contains("  RECAP  ")).toList())
        .as(text)
        .anyMatch(l -> l.contains("has closed"));
    assertThat(text).contains("1 recap posted.");
  }

  @Test
  void simulateRefusesAnUnknownRitualKind() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandLine cli = new CommandLine(new SimulateCommand());
    cli.setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));
    assertThat(cli.execute("--ritual", "fast-chat")).isNotZero();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--ritual must be prompt, live-chat or slow-chat, not fast-chat");
  }

  private static String simulate(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    int exit;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      exit = new CommandLine(new SimulateCommand()).execute(args);
    } finally {
      System.setOut(original);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(text).isZero();
    return text;
  }
}
