package dev.rituals.core.recognition;

import dev.rituals.core.model.Answer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which badges a member's record earns, each with its evidence. Pure: the same record always earns
 * the same badges, so evaluating again after a redelivered event awards nothing new.
 */
public final class BadgeRules {
  static final int STREAK_WEEKS = 5;
  static final int MANY_ANSWERS = 25;

  private BadgeRules() {}

  /** A badge the record earns, with what earned it. */
  public record Earned(BadgeKind kind, String evidence) {}

  public static List<Earned> earned(
      List<Answer> answers, List<Hosting> hostings, List<MentoringMeeting> meetings, ZoneId zone) {
    List<Answer> byTime =
        answers.stream()
            .filter(a -> !a.retracted())
            .sorted(Comparator.comparing(Answer::answeredAt))
            .toList();
    List<Earned> earned = new ArrayList<>();
    if (!byTime.isEmpty()) {
      earned.add(new Earned(BadgeKind.FIRST_ANSWER, "answer " + byTime.get(0).id().value()));
    }
    WeeklyStreak.reached(byTime.stream().map(Answer::answeredAt).toList(), zone, STREAK_WEEKS)
        .ifPresent(
            week ->
                earned.add(
                    new Earned(
                        BadgeKind.FIVE_WEEK_STREAK,
                        "answers in "
                            + STREAK_WEEKS
                            + " weeks in a row up to the week of "
                            + week)));
    if (byTime.size() >= MANY_ANSWERS) {
      earned.add(
          new Earned(
              BadgeKind.TWENTY_FIVE_ANSWERS,
              "answer " + byTime.get(MANY_ANSWERS - 1).id().value()));
    }
    hostings.stream()
        .min(Comparator.comparing(Hosting::at))
        .ifPresent(
            h ->
                earned.add(
                    new Earned(BadgeKind.HOSTED_A_CHAT, "occurrence " + h.occurrenceId().value())));
    meetings.stream()
        .min(Comparator.comparing(MentoringMeeting::metAt))
        .ifPresent(
            m ->
                earned.add(
                    new Earned(BadgeKind.FIRST_MENTORING_MEETING, "meeting " + m.meetingRef())));
    return earned;
  }
}
