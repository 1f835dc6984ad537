package dev.rituals.core.command;

import dev.rituals.core.model.PairResponse;
import dev.rituals.core.pairing.RoundKind;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/** {@code pair ...}: the community's pairing rounds (moderators). */
public sealed interface PairCommand extends Command {
  /** How often rounds run. Every cadence fires on its weekday; see {@link #everyWeeks}. */
  enum Cadence {
    WEEKLY,
    BIWEEKLY,
    /** The first given weekday of each month. */
    MONTHLY;

    /** Weeks between rounds (monthly: about four). */
    public int everyWeeks() {
      return switch (this) {
        case WEEKLY -> 1;
        case BIWEEKLY -> 2;
        case MONTHLY -> 4;
      };
    }
  }

  /**
   * A pairing ritual: peer pairs (or groups of 3–4) or mentor–mentee matching, at a weekday and
   * local time (Monday 09:00 unless given), with a "did you meet?" follow-up after some days.
   */
  record Schedule(
      Cadence cadence,
      RoundKind kind,
      int groupSize,
      DayOfWeek day,
      LocalTime time,
      int followUpDays)
      implements PairCommand {
    public static final int DEFAULT_FOLLOW_UP_DAYS = 7;

    public Schedule {
      Objects.requireNonNull(cadence, "cadence");
      Objects.requireNonNull(kind, "kind");
      if (groupSize < 2 || groupSize > 4) {
        throw new CommandSyntaxException(ErrorCode.BAD_NUMBER, "Groups have 2, 3 or 4 people.");
      }
      if (kind == RoundKind.MENTORING && groupSize != 2) {
        throw new CommandSyntaxException(
            ErrorCode.INCONSISTENT_OPTIONS,
            "Mentoring rounds pair one mentor with one mentee; size is for peer rounds.");
      }
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(time, "time");
      if (followUpDays < 1 || followUpDays > 28) {
        throw new CommandSyntaxException(
            ErrorCode.BAD_DURATION, "The follow-up comes 1 to 28 days after the intros.");
      }
    }
  }

  record Preview(Optional<RoundKind> kind) implements PairCommand {
    public Preview {
      Objects.requireNonNull(kind, "kind");
    }
  }

  record Run(Optional<RoundKind> kind) implements PairCommand {
    public Run {
      Objects.requireNonNull(kind, "kind");
    }
  }

  record Stats() implements PairCommand {}

  /** {@code pair met|notyet|couldnt}: the person's answer about their latest group. */
  record Respond(PairResponse response) implements PairCommand {
    public Respond {
      Objects.requireNonNull(response, "response");
    }
  }

  /** {@code pair stay}: keep me in rounds (the answer to "stay or pause?"). */
  record Stay() implements PairCommand {}
}
