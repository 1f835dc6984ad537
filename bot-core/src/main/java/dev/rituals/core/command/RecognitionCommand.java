package dev.rituals.core.command;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Recognition and privacy commands: badges, PD hours, a person's own data, and the community's
 * retention policy. Kept in one sealed family so the shared {@link Command} list grows by one line.
 */
public sealed interface RecognitionCommand extends Command {
  /** {@code my badges} / {@code badges}: the person's own badges. */
  record MyBadges() implements RecognitionCommand {}

  /** {@code badges announce on|off}: whether the person's new badges are announced in channel. */
  record BadgesAnnounce(boolean on) implements RecognitionCommand {}

  /** {@code my data}: everything held about the person, as a JSON file. */
  record MyData() implements RecognitionCommand {}

  /** {@code pd rule} alone: the community's rule. */
  record PdRuleShow() implements RecognitionCommand {}

  /**
   * {@code pd rule live-chat 60m prompt 10m mentoring 30m}: the parts given change, others stay.
   */
  record PdRuleSet(
      Optional<Duration> perLiveChat, Optional<Duration> perPrompt, Optional<Duration> perMeeting)
      implements RecognitionCommand {
    /** Eight hours for one activity is a typo, not a rule. */
    public static final Duration MAX = Duration.ofHours(8);

    public PdRuleSet {
      Objects.requireNonNull(perLiveChat, "perLiveChat");
      Objects.requireNonNull(perPrompt, "perPrompt");
      Objects.requireNonNull(perMeeting, "perMeeting");
      if (perLiveChat.isEmpty() && perPrompt.isEmpty() && perMeeting.isEmpty()) {
        throw new CommandSyntaxException(
            ErrorCode.MISSING_ARGUMENT,
            "Say what each activity counts for: live-chat, prompt and/or mentoring, each with"
                + " minutes.");
      }
      for (Optional<Duration> d : java.util.List.of(perLiveChat, perPrompt, perMeeting)) {
        if (d.isPresent() && d.get().compareTo(MAX) > 0) {
          throw new CommandSyntaxException(
              ErrorCode.BAD_DURATION, "One activity counts for at most 8h of PD time.");
        }
      }
    }
  }

  /** {@code pd statement [<from> [<to>]]}: the person's PD hours as a PDF and a credential. */
  record PdStatementFor(DateRange range) implements RecognitionCommand {
    public PdStatementFor {
      Objects.requireNonNull(range, "range");
    }
  }

  /** {@code forget me} asks to confirm; {@code forget me confirm} erases the person. */
  record ForgetMe(boolean confirmed) implements RecognitionCommand {}

  /** {@code community retention} alone: the community's privacy settings. */
  record RetentionShow() implements RecognitionCommand {}

  /** {@code community retention <days>|forever}: answers older than that are deleted. */
  record RetentionSet(OptionalInt days) implements RecognitionCommand {
    public static final int MAX_DAYS = 3650;

    public RetentionSet {
      Objects.requireNonNull(days, "days");
      if (days.isPresent() && (days.getAsInt() < 1 || days.getAsInt() > MAX_DAYS)) {
        throw new CommandSyntaxException(
            ErrorCode.BAD_NUMBER,
            "Keep answers between 1 and " + MAX_DAYS + " days, or `forever`.");
      }
    }
  }

  /** {@code community forget delete|anonymise}: what "forget me" does to a person's answers. */
  record ForgetPolicySet(boolean delete) implements RecognitionCommand {}
}
