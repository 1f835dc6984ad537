package dev.rituals.core.command;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Every command a person can type, one record each. Records validate themselves, so a command built
 * from a Slack modal or a Teams card is held to the same rules as one parsed from text.
 */
public sealed interface Command
    permits Command.Help,
        CommunityCreate,
        Command.CommunityInfo,
        Command.CommunityJoin,
        Command.CommunityLeave,
        Command.CommunityLink,
        Command.ScheduleAddForm,
        ScheduleAdd,
        Command.ScheduleList,
        Command.ScheduleShow,
        Command.SchedulePause,
        Command.ScheduleResume,
        Command.ScheduleDelete,
        Command.ScheduleNext,
        Command.ScheduleRemind,
        Command.ScheduleSkip,
        Command.ScheduleSkipList,
        Command.CommunityWeek,
        QuestionsAdd,
        Command.QuestionsList,
        Command.QuestionsRemove,
        QuestionsImport,
        Command.QuestionsTemplate,
        Command.AskNow,
        Command.Report,
        Command.Nudges,
        Command.ArchiveList,
        Command.ArchiveExport,
        Command.Status,
        Command.StatusRetry,
        Command.StatusDismiss,
        Command.DashboardReset,
        ProfileCommand,
        PairCommand,
        Command.ScheduleHost,
        Command.HostQuestion,
        RecognitionCommand,
        AdminCommand {

  /** {@code help} or {@code help <topic>}. */
  record Help(Optional<Topic> topic) implements Command {
    public Help {
      Objects.requireNonNull(topic, "topic");
    }
  }

  record CommunityInfo() implements Command {}

  record CommunityJoin() implements Command {}

  record CommunityLeave() implements Command {}

  /**
   * {@code community link} asks for a one-time code; {@code community link <code>} binds the
   * channel it is typed in to the community the code came from.
   */
  record CommunityLink(Optional<String> code) implements Command {
    /** No 0/O or 1/I/L: codes are read aloud and retyped. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public CommunityLink {
      Objects.requireNonNull(code, "code");
      code = code.map(CommunityLink::normalize);
    }

    /** "k7px-2qmd", "K7PX2QMD" and "K7PX 2QMD" are the same code: "K7PX-2QMD". */
    static String normalize(String text) {
      String compact = text.strip().toUpperCase(java.util.Locale.ROOT).replace("-", "");
      if (compact.length() != 8 || !compact.chars().allMatch(ch -> ALPHABET.indexOf(ch) >= 0)) {
        throw new CommandSyntaxException(
            ErrorCode.BAD_REF,
            Words.show(text)
                + " is not a link code. Codes look like K7PX-2QMD: copy the one"
                + " `community link` gave you in the community's channel.");
      }
      return compact.substring(0, 4) + "-" + compact.substring(4);
    }
  }

  /** "schedule add" with nothing after it: the adapter opens a Slack modal or a Teams card. */
  record ScheduleAddForm() implements Command {}

  record ScheduleList() implements Command {}

  record ScheduleShow(RitualRef ritual) implements Command {
    public ScheduleShow {
      Objects.requireNonNull(ritual, "ritual");
    }
  }

  record SchedulePause(RitualRef ritual) implements Command {
    public SchedulePause {
      Objects.requireNonNull(ritual, "ritual");
    }
  }

  record ScheduleResume(RitualRef ritual) implements Command {
    public ScheduleResume {
      Objects.requireNonNull(ritual, "ritual");
    }
  }

  record ScheduleDelete(RitualRef ritual) implements Command {
    public ScheduleDelete {
      Objects.requireNonNull(ritual, "ritual");
    }
  }

  /** When the next occurrences are: of one ritual, or of all when empty. */
  record ScheduleNext(Optional<RitualRef> ritual) implements Command {
    public ScheduleNext {
      Objects.requireNonNull(ritual, "ritual");
    }
  }

  /**
   * How long before each occurrence closes members who have not answered get a private nudge:
   * {@link Duration#ZERO} for none, empty for the ritual kind's default.
   */
  record ScheduleRemind(RitualRef ritual, Optional<Duration> lead) implements Command {
    static final Duration MAX_LEAD = Duration.ofDays(30);

    public ScheduleRemind {
      Objects.requireNonNull(ritual, "ritual");
      Objects.requireNonNull(lead, "lead");
      if (lead.isPresent() && (lead.get().isNegative() || lead.get().compareTo(MAX_LEAD) > 0)) {
        throw new CommandSyntaxException(
            ErrorCode.BAD_DURATION, "A reminder goes out at most 30 days before the close.");
      }
    }
  }

  /**
   * Skips (or, with {@code skip} false, stops skipping) the dates of {@code range}: for one ritual,
   * or for the whole community when {@code ritual} is empty.
   */
  record ScheduleSkip(DateRange range, Optional<RitualRef> ritual, boolean skip)
      implements Command {
    public ScheduleSkip {
      Objects.requireNonNull(range, "range");
      Objects.requireNonNull(ritual, "ritual");
    }
  }

  /** The community's skipped dates and each ritual's own. */
  record ScheduleSkipList() implements Command {}

  /** Sets the community's school week, or shows it when empty. */
  record CommunityWeek(Optional<DaysOfWeek> days) implements Command {
    public CommunityWeek {
      Objects.requireNonNull(days, "days");
    }
  }

  record QuestionsList(Optional<Tag> tag) implements Command {
    public QuestionsList {
      Objects.requireNonNull(tag, "tag");
    }
  }

  /** Removes the question with this number in "questions list". */
  record QuestionsRemove(int number) implements Command {
    public QuestionsRemove {
      if (number < 1) {
        throw new CommandSyntaxException(
            ErrorCode.BAD_NUMBER, "Question numbers start at 1, not " + number + ".");
      }
    }
  }

  /** Adds a built-in template's questions to the bank; lists the templates when empty. */
  record QuestionsTemplate(Optional<String> name) implements Command {
    public QuestionsTemplate {
      Objects.requireNonNull(name, "name");
    }
  }

  /** Posts a question right away: this one, or the next from the bank when empty. */
  record AskNow(Optional<QuotedText> question) implements Command {
    public AskNow {
      Objects.requireNonNull(question, "question");
    }
  }

  /** Turns the person's own reminders on or off; empty shows whether they are on. */
  record Nudges(Optional<Boolean> on) implements Command {
    public Nudges {
      Objects.requireNonNull(on, "on");
    }
  }

  /** The community's past (and running) occurrences, newest first. */
  record ArchiveList() implements Command {}

  /** One occurrence's transcript, grouped by question. */
  record ArchiveExport(ArchiveRef occurrence) implements Command {
    public ArchiveExport {
      Objects.requireNonNull(occurrence, "occurrence");
    }
  }

  /**
   * Participation report over these days, already resolved against the parser's clock, as a text
   * summary or as one of the other outputs.
   */
  record Report(DateRange range, ReportOutput output) implements Command {
    public Report {
      Objects.requireNonNull(range, "range");
      Objects.requireNonNull(output, "output");
    }

    public Report(DateRange range) {
      this(range, ReportOutput.SUMMARY);
    }
  }

  /**
   * Turns the rotating host on (invite {@code lead} before each occurrence; the choice is due
   * {@code deadline} before it; empty means the defaults) or off.
   */
  record ScheduleHost(
      RitualRef ritual, boolean on, Optional<Duration> lead, Optional<Duration> deadline)
      implements Command {
    public ScheduleHost {
      Objects.requireNonNull(ritual, "ritual");
      Objects.requireNonNull(lead, "lead");
      Objects.requireNonNull(deadline, "deadline");
      if (!on && (lead.isPresent() || deadline.isPresent())) {
        throw new IllegalArgumentException("a host rotation turned off has no lead or deadline");
      }
    }
  }

  /** The invited host's choice: their own question, or the bank question with this number. */
  record HostQuestion(Optional<String> text, OptionalInt bankNumber) implements Command {
    public HostQuestion {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(bankNumber, "bankNumber");
      if (text.isPresent() == bankNumber.isPresent()) {
        throw new IllegalArgumentException("a host writes a question or picks one, not both");
      }
    }
  }

  /** Messages of the community that could not be delivered (yet), for moderators. */
  record Status() implements Command {}

  /**
   * Sends failed messages again: the one whose code (from {@code status}) starts with {@code code},
   * or every failed one when empty.
   */
  record StatusRetry(Optional<String> code) implements Command {
    public StatusRetry {
      Objects.requireNonNull(code, "code");
    }
  }

  /**
   * Stops trying to deliver messages and takes them off {@code status}: the one whose code starts
   * with {@code code}, or every undelivered one when empty.
   */
  record StatusDismiss(Optional<String> code) implements Command {
    public StatusDismiss {
      Objects.requireNonNull(code, "code");
    }
  }

  /** Revokes every dashboard link and Teams dashboard tab of the community given so far. */
  record DashboardReset() implements Command {}
}
