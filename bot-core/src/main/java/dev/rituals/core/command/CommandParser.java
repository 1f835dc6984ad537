package dev.rituals.core.command;

import dev.rituals.core.command.Command.AskNow;
import dev.rituals.core.command.Command.Help;
import dev.rituals.core.command.ParseResult.ParseError;
import dev.rituals.core.command.ParseResult.Parsed;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one command grammar behind Slack's "/rituals ..." and Teams' "@Rituals ...". Pure: text in, a
 * {@link Command} or a {@link ParseError} out, never an exception. Adapters strip their mention and
 * add their own prefix to examples.
 */
public final class CommandParser {
  /** A 3000-character question plus its options fits easily; anything longer is a paste slip. */
  static final int MAX_INPUT_CHARS = 4000;

  /** A pasted list of questions for "questions import" may be longer than any other command. */
  public static final int MAX_IMPORT_CHARS = 40_000;

  private final ScheduleParser schedule = new ScheduleParser();
  private final ReportParser report;
  private final RecognitionParser recognition;

  /**
   * @param clock resolves relative report ranges ("last-week"); its zone decides what "today" is,
   *     so pass {@code clock.withZone(communityZone)} where a community is known.
   */
  public CommandParser(Clock clock) {
    this.report = new ReportParser(Objects.requireNonNull(clock, "clock"));
    this.recognition = new RecognitionParser(clock);
  }

  /** Whether the text is a "questions import" command, whose list may be long. */
  public static boolean isImport(String text) {
    return text != null
        && (ImportParser.body(text).isPresent() || ProfileParser.importCommand(text).isPresent());
  }

  public ParseResult parse(String text) {
    String input = text == null ? "" : text;
    Optional<ParseResult> profileImport = ProfileParser.importCommand(input);
    if (profileImport.isPresent()) {
      return profileImport.get();
    }
    Optional<String> importList = ImportParser.body(input);
    if (importList.isPresent()) {
      return importQuestions(input, importList.get());
    }
    TokenCursor cursor = new TokenCursor(List.of());
    try {
      if (input.length() > MAX_INPUT_CHARS) {
        throw new CommandSyntaxException(
            ErrorCode.TOO_LONG,
            String.format(
                Locale.ROOT,
                "The command starting %s is %,d characters long; the limit is %,d.",
                Words.show(input.substring(0, 20)),
                input.length(),
                MAX_INPUT_CHARS));
      }
      cursor = new TokenCursor(Tokenizer.tokenize(input));
      return new Parsed(command(cursor));
    } catch (CommandSyntaxException e) {
      return new ParseError(e.getMessage(), e.example().orElse(cursor.usage().example()), e.code());
    }
  }

  /** The list after "questions import" is read line by line, not as words. */
  private static ParseResult importQuestions(String input, String list) {
    try {
      if (input.length() > MAX_IMPORT_CHARS) {
        throw new CommandSyntaxException(
            ErrorCode.TOO_LONG,
            String.format(
                Locale.ROOT,
                "That list is %,d characters long; import at most %,d at a time.",
                input.length(),
                MAX_IMPORT_CHARS));
      }
      if (list.strip().equalsIgnoreCase("help") || list.strip().equals("?")) {
        return new Parsed(new Help(Optional.of(Topic.QUESTIONS)));
      }
      return new Parsed(ImportParser.parse(list));
    } catch (CommandSyntaxException e) {
      return new ParseError(
          e.getMessage(), e.example().orElse(Usage.QUESTIONS_IMPORT.example()), e.code());
    }
  }

  private Command command(TokenCursor c) {
    c.consumeIf("/rituals");
    if (!c.hasNext()) {
      return new Help(Optional.empty()); // a bare "/rituals" asks what the bot can do
    }
    Token first = c.next();
    Topic topic = Topic.fromWord(first).orElseThrow(() -> unknownCommand(first, c.peek()));
    c.usage(Usage.first(topic));
    if (topic != Topic.HELP && c.nextIs("help", "?")) {
      c.next();
      c.expectEnd();
      return new Help(Optional.of(topic)); // "schedule help" reads as "help schedule"
    }
    return switch (topic) {
      case HELP -> help(c);
      case COMMUNITY ->
          RecognitionParser.isCommunityPrivacy(c)
              ? recognition.parse(topic, c)
              : CommunityParser.parse(c);
      case SCHEDULE -> schedule.parse(c);
      case QUESTIONS -> QuestionsParser.parse(c);
      case ASK -> ask(c);
      case REPORT -> report.parse(c);
      case DASHBOARD -> DashboardParser.parse(c);
      case NUDGES -> nudges(c);
      case ARCHIVE -> archive(c);
      case STATUS -> StatusParser.parse(c);
      case PROFILE -> ProfileParser.parse(c);
      case PAIR -> PairParser.parse(c);
      case HOST -> HostParser.host(c);
      case BADGES, MY, PD, FORGET -> recognition.parse(topic, c);
      case ADMIN -> AdminParser.parse(c);
    };
  }

  private static Help help(TokenCursor c) {
    if (!c.hasNext()) {
      return new Help(Optional.empty());
    }
    Token word = c.next();
    Topic topic =
        Topic.fromWord(word)
            .filter(t -> t != Topic.HELP)
            .orElseThrow(
                () ->
                    new CommandSyntaxException(
                        ErrorCode.UNKNOWN_TOPIC,
                        Words.show(word.text())
                            + " is not a help topic."
                            + didYouMean(word)
                            + " Topics: "
                            + String.join(", ", Topic.words().subList(1, Topic.words().size()))
                            + "."));
    if (c.hasNext()) {
      topic.subcommand(c.next()); // "help schedule add" is fine; "help schedule blah" is not
    }
    c.expectEnd();
    return new Help(Optional.of(topic));
  }

  private static Command.Nudges nudges(TokenCursor c) {
    if (!c.hasNext()) {
      return new Command.Nudges(Optional.empty());
    }
    String sub = Topic.NUDGES.subcommand(c.next());
    c.usage(Usage.of(Topic.NUDGES, sub));
    c.expectEnd();
    return new Command.Nudges(Optional.of(sub.equals("on")));
  }

  private static Command archive(TokenCursor c) {
    if (!c.hasNext()) {
      return new Command.ArchiveList();
    }
    String sub = Topic.ARCHIVE.subcommand(c.next());
    c.usage(Usage.of(Topic.ARCHIVE, sub));
    Command command =
        sub.equals("list")
            ? new Command.ArchiveList()
            : new Command.ArchiveExport(
                new ArchiveRef(c.require("the number from archive (1 is the newest)").text()));
    c.expectEnd();
    return command;
  }

  private static AskNow ask(TokenCursor c) {
    c.usage(Usage.ASK_NOW);
    Token sub = c.require("now");
    Topic.ASK.subcommand(sub);
    if (!c.hasNext()) {
      return new AskNow(Optional.empty());
    }
    return new AskNow(Optional.of(c.text("the question", Set.of())));
  }

  /** The example is the nearest command's, for the subcommand typed next if that one is right. */
  private static CommandSyntaxException unknownCommand(Token word, Token next) {
    Optional<Topic> near =
        EditDistance.nearest(word.lower(), Topic.words())
            .flatMap(w -> Topic.fromWord(Token.word(w)));
    String example =
        near.map(
                t ->
                    next != null && !next.quoted() && t.subcommands().contains(next.lower())
                        ? Usage.of(t, next.lower())
                        : Usage.first(t))
            .orElse(Usage.HELP)
            .example();
    return new CommandSyntaxException(
        ErrorCode.UNKNOWN_COMMAND,
        Words.show(word.text())
            + " is not a command."
            + didYouMean(word)
            + " Commands: "
            + String.join(", ", Topic.words())
            + ".",
        example);
  }

  private static String didYouMean(Token word) {
    return EditDistance.nearest(word.lower(), Topic.words())
        .map(w -> " Did you mean " + Words.show(w) + "?")
        .orElse("");
  }
}
