package dev.rituals.core.command;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Schedules a recurring ritual. Without a zone the community's zone applies; without a window the
 * use case picks one that suits the format (a live chat's window is its questions times the gap).
 */
public record ScheduleAdd(
    RitualFormat format,
    DaysOfWeek days,
    TimeOfDay time,
    Optional<ZoneId> zone,
    QuestionSource questions,
    Optional<TimeSpan> window)
    implements Command {
  static final Duration MIN_WINDOW = Duration.ofMinutes(5);
  static final Duration MAX_WINDOW = Duration.ofDays(30);

  public ScheduleAdd {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(days, "days");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(questions, "questions");
    Objects.requireNonNull(window, "window");
    window.ifPresent(ScheduleAdd::checkWindow);
    if (format instanceof RitualFormat.LiveChat chat
        && window.isPresent()
        && chat.length().compareTo(window.get().value()) > 0) {
      throw new CommandSyntaxException(
          ErrorCode.INCONSISTENT_OPTIONS,
          "The window "
              + Words.show(window.get().toString())
              + " is shorter than "
              + chat.questions()
              + " questions every "
              + chat.every()
              + " ("
              + TimeSpan.ofMinutes(chat.length().toMinutes())
              + "). Make the window longer or ask fewer questions.");
    }
    // A chat needs a new question each slot or day; one fixed text would repeat itself.
    if (!(format instanceof RitualFormat.Prompt)
        && questions instanceof QuestionSource.FixedQuestion fixed) {
      throw new CommandSyntaxException(
          ErrorCode.INCONSISTENT_OPTIONS,
          "A live or slow chat draws its questions from the bank, so "
              + Words.show(fixed.text().value())
              + " cannot be its only question. Use bank [tag], or schedule a prompt.");
    }
  }

  private static void checkWindow(TimeSpan window) {
    if (window.value().compareTo(MIN_WINDOW) < 0 || window.value().compareTo(MAX_WINDOW) > 0) {
      throw new CommandSyntaxException(
          ErrorCode.BAD_DURATION,
          "The window " + Words.show(window.toString()) + " must be between 5m and 30d.");
    }
  }
}
