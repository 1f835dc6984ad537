package dev.rituals.app.simulate;

import dev.rituals.core.usecase.ParticipationReport;
import dev.rituals.core.usecase.ParticipationReport.MemberLine;
import dev.rituals.core.usecase.ParticipationReport.OccurrenceLine;
import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Prints a simulation's participation report as a plain-text table. */
public final class SimulationPrinter {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH);

  private SimulationPrinter() {}

  public static void print(Simulation.Result result, PrintStream out) {
    ParticipationReport report = result.report();
    out.printf(
        "Participation report: %s, %s to %s%n",
        report.communityName(), report.range().from(), report.range().to());
    out.printf(
        "Members: %d   Answers: %d   Members who answered at least once: %d%n%n",
        report.memberCount(), report.totalAnswers(), report.members().size());
    out.println("Week  Opened (America/New_York)   Respondents  Response rate  Question");
    int week = 1;
    for (OccurrenceLine o : report.occurrences()) {
      out.printf(
          "%4d  %-26s  %11d  %12.1f%%  %s%n",
          week++,
          DAY.format(o.opensAt().atZone(Simulation.ZONE)),
          o.respondents(),
          100 * o.responseRate(),
          shorten(o.question()));
    }
    Map<String, Long> answersByUser =
        report.members().stream()
            .collect(Collectors.toMap(m -> m.user().userId(), MemberLine::answers));
    Map<String, Long> levels =
        result.members().stream()
            .collect(Collectors.groupingBy(SimulatedMember::expectedLevel, Collectors.counting()));
    int weeks = Math.max(report.occurrences().size(), 1);
    Map<String, Long> observed =
        result.members().stream()
            .map(m -> level(answersByUser.getOrDefault(m.user().userId(), 0L), weeks))
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    out.printf(
        "%nMembers by engagement (simulated propensity → observed, by share of weeks answered):%n");
    for (String level : new String[] {"core", "active", "peripheral", "silent"}) {
      out.printf(
          "  %-10s %5d → %5d%n",
          level, levels.getOrDefault(level, 0L), observed.getOrDefault(level, 0L));
    }
    out.printf("%nTop contributors:%n");
    report.members().stream()
        .limit(5)
        .forEach(m -> out.printf("  %-20s %3d answers%n", m.displayName(), m.answers()));
    if (!result.recaps().isEmpty()) {
      out.printf("%nLast recap posted: %s%n", result.recaps().get(result.recaps().size() - 1));
    }
  }

  /** Core: answered at least 60% of weeks; active: 20%; peripheral: at least once. */
  static String level(long answered, int weeks) {
    double share = (double) answered / weeks;
    if (share >= 0.6) {
      return "core";
    } else if (share >= 0.2) {
      return "active";
    } else if (answered > 0) {
      return "peripheral";
    }
    return "silent";
  }

  private static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 59) + "…";
  }
}
