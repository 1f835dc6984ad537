package dev.rituals.core.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The first word of every command, with its subcommands; also the topics of "help". */
public enum Topic {
  HELP("help", List.of(), Map.of("?", "", "usage", "")),
  COMMUNITY(
      "community",
      List.of("create", "info", "join", "leave", "link", "week", "retention", "forget"),
      Map.of("new", "create", "show", "info", "schoolweek", "week", "school-week", "week")),
  SCHEDULE(
      "schedule",
      List.of(
          "add", "list", "show", "pause", "resume", "delete", "next", "remind", "skip", "unskip",
          "host"),
      Map.of(
          "new",
          "add",
          "create",
          "add",
          "ls",
          "list",
          "remove",
          "delete",
          "rm",
          "delete",
          "reminder",
          "remind",
          "reminders",
          "remind")),
  QUESTIONS(
      "questions",
      List.of("add", "list", "remove", "import", "template"),
      Map.of(
          "new", "add", "ls", "list", "delete", "remove", "rm", "remove", "templates", "template")),
  ASK("ask", List.of("now"), Map.of()),
  REPORT("report", List.of(), Map.of()),
  DASHBOARD("dashboard", List.of("reset"), Map.of("revoke", "reset", "rotate", "reset")),
  NUDGES("nudges", List.of("off", "on"), Map.of("stop", "off", "start", "on")),
  ARCHIVE(
      "archive",
      List.of("list", "export"),
      Map.of("ls", "list", "show", "export", "transcript", "export")),
  PROFILE(
      "profile",
      List.of("show", "edit", "set", "snooze", "optout", "optin", "import"),
      Map.of("opt-out", "optout", "opt-in", "optin", "pause", "snooze", "form", "edit")),
  PAIR(
      "pair",
      List.of("schedule", "preview", "run", "stats", "met", "notyet", "couldnt", "stay"),
      Map.of(
          "now", "run",
          "stat", "stats",
          "statistics", "stats",
          "not-yet", "notyet",
          "couldn't", "couldnt",
          "cannot", "couldnt")),
  HOST(
      "host",
      List.of("question", "pick"),
      Map.of("write", "question", "ask", "question", "choose", "pick", "bank", "pick")),
  BADGES("badges", List.of("list", "announce"), Map.of("ls", "list", "show", "list")),
  MY("my", List.of("badges", "data"), Map.of("badge", "badges")),
  PD("pd", List.of("rule", "statement"), Map.of("rules", "rule", "certificate", "statement")),
  FORGET("forget", List.of("me"), Map.of()),
  STATUS(
      "status",
      List.of("retry", "dismiss"),
      Map.of("resend", "retry", "clear", "dismiss", "drop", "dismiss")),
  ADMIN("admin", List.of("list", "add", "remove"), Map.of("ls", "list", "rm", "remove"));

  private final String word;
  private final List<String> subcommands;
  private final Map<String, String> subcommandAliases;

  Topic(String word, List<String> subcommands, Map<String, String> subcommandAliases) {
    this.word = word;
    this.subcommands = subcommands;
    this.subcommandAliases = subcommandAliases;
  }

  public String word() {
    return word;
  }

  public List<String> subcommands() {
    return subcommands;
  }

  /** Singular/plural slips are not worth an error: "question add" means "questions add". */
  static Optional<Topic> fromWord(Token token) {
    if (token.quoted()) {
      return Optional.empty();
    }
    String w = token.lower();
    for (Topic topic : values()) {
      if (topic.word.equals(w)
          || topic.word.equals(w + "s")
          || (topic.word + "s").equals(w)
          || (topic == HELP && topic.subcommandAliases.containsKey(w))) {
        return Optional.of(topic);
      }
    }
    return Optional.empty();
  }

  static List<String> words() {
    List<String> words = new ArrayList<>();
    for (Topic topic : values()) {
      words.add(topic.word);
    }
    return words;
  }

  /** The canonical subcommand for a token, or a message naming it and the nearest one. */
  String subcommand(Token token) {
    String w = token.lower();
    if (!token.quoted() && subcommands.contains(w)) {
      return w;
    }
    if (!token.quoted() && subcommandAliases.containsKey(w)) {
      return subcommandAliases.get(w);
    }
    Optional<String> near = EditDistance.nearest(w, subcommands);
    String example = near.map(sub -> Usage.of(this, sub).example()).orElse(null);
    String choices =
        subcommands.isEmpty()
            ? word + " takes no subcommand."
            : "Use " + word + " " + Words.or(subcommands) + ".";
    throw new CommandSyntaxException(
        ErrorCode.UNKNOWN_SUBCOMMAND,
        Words.show(token.text())
            + " is not a subcommand of "
            + word
            + "."
            + near.map(sub -> " Did you mean " + Words.show(sub) + "?").orElse("")
            + " "
            + choices,
        example);
  }

  @Override
  public String toString() {
    return word.toLowerCase(Locale.ROOT);
  }
}
