package dev.rituals.core.command;

import java.util.Objects;
import java.util.Optional;

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
        QuestionsAdd,
        Command.QuestionsList,
        Command.QuestionsRemove,
        Command.AskNow,
        Command.Report {

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

  /** Posts a question right away: this one, or the next from the bank when empty. */
  record AskNow(Optional<QuotedText> question) implements Command {
    public AskNow {
      Objects.requireNonNull(question, "question");
    }
  }

  /** Participation report over these days, already resolved against the parser's clock. */
  record Report(DateRange range) implements Command {
    public Report {
      Objects.requireNonNull(range, "range");
    }
  }
}
