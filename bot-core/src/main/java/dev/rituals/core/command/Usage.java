package dev.rituals.core.command;

import java.util.List;
import java.util.Objects;

/**
 * The syntax and one complete example of every command form. Error messages and help text both draw
 * from here, and a test parses every example, so what we show people always works.
 */
enum Usage {
  HELP(
      Topic.HELP,
      null,
      "help [community|schedule|questions|ask|report|nudges|archive|profile|pair|host|badges|my|pd|forget|status|admin]",
      "help schedule"),
  COMMUNITY_CREATE(
      Topic.COMMUNITY,
      "create",
      "community create \"<name>\" [domain \"<shared concern>\"] [tz <Area/City>]",
      "community create \"Grade 5 Science\" domain \"Inquiry-based science\" tz"
          + " America/New_York"),
  COMMUNITY_INFO(Topic.COMMUNITY, "info", "community info", "community info"),
  COMMUNITY_JOIN(Topic.COMMUNITY, "join", "community join", "community join"),
  COMMUNITY_LEAVE(Topic.COMMUNITY, "leave", "community leave", "community leave"),
  COMMUNITY_LINK(
      Topic.COMMUNITY,
      "link",
      "community link [<code>]   (link alone gives a code; the code in another channel, on Slack"
          + " or Teams, binds that channel too)",
      "community link K7PX-2QMD"),
  COMMUNITY_WEEK(
      Topic.COMMUNITY,
      "week",
      "community week [<days>]   (the school week, e.g. sun-thu; slow chats post on these days;"
          + " alone: shows it)",
      "community week sun-thu"),
  SCHEDULE_ADD(
      Topic.SCHEDULE,
      "add",
      "schedule add prompt|weekly <days> <time> [<Area/City>] [\"<question>\" | bank [<tag>]]"
          + " [window <3d|2h|90m>]   (schedule add alone opens a form)",
      "schedule add weekly fri 07:00 America/New_York \"What did you try this week?\""),
  SCHEDULE_ADD_LIVE_CHAT(
      Topic.SCHEDULE,
      "add",
      "schedule add live-chat <days> <time> [<Area/City>] [bank [<tag>]] [questions <n>]"
          + " [every <minutes>m] [window <duration>]",
      "schedule add live-chat thu 7pm America/Chicago bank assessment questions 6 every 10m"),
  SCHEDULE_ADD_SLOW_CHAT(
      Topic.SCHEDULE,
      "add",
      "schedule add slow-chat <days> <time> [<Area/City>] [bank [<tag>]] [days <n>]"
          + " [window <duration>]",
      "schedule add slow-chat mon 08:00 Europe/London bank days 5"),
  SCHEDULE_LIST(Topic.SCHEDULE, "list", "schedule list", "schedule list"),
  SCHEDULE_SHOW(Topic.SCHEDULE, "show", "schedule show <number|id>", "schedule show 2"),
  SCHEDULE_PAUSE(Topic.SCHEDULE, "pause", "schedule pause <number|id>", "schedule pause 2"),
  SCHEDULE_RESUME(Topic.SCHEDULE, "resume", "schedule resume <number|id>", "schedule resume 2"),
  SCHEDULE_DELETE(Topic.SCHEDULE, "delete", "schedule delete <number|id>", "schedule delete 2"),
  SCHEDULE_NEXT(Topic.SCHEDULE, "next", "schedule next [<number|id>]", "schedule next 2"),
  SCHEDULE_REMIND(
      Topic.SCHEDULE,
      "remind",
      "schedule remind <number|id> <12h|2d|off|default>   (one private nudge that long before"
          + " it closes, to members who haven't answered; default: 24h, none for live chats)",
      "schedule remind 1 12h"),
  SCHEDULE_SKIP(
      Topic.SCHEDULE,
      "skip",
      "schedule skip [remove] <YYYY-MM-DD|from..to> [<number|id>]   (no number: every ritual,"
          + " and new ones too); schedule skip list",
      "schedule skip 2026-12-21..2027-01-03"),
  SCHEDULE_UNSKIP(
      Topic.SCHEDULE,
      "unskip",
      "schedule unskip <YYYY-MM-DD|from..to> [<number|id>]   (drops the skips inside it)",
      "schedule unskip 2026-12-21..2027-01-03"),
  SCHEDULE_HOST(
      Topic.SCHEDULE,
      "host",
      "schedule host <number|id> on [lead <3d>] [deadline <1d>] | off   (rotating host: each"
          + " member in turn is invited by direct message to choose the question)",
      "schedule host 1 on lead 3d deadline 1d"),
  QUESTIONS_ADD(
      Topic.QUESTIONS,
      "add",
      "questions add \"<question>\" [tags <a,b>]",
      "questions add \"Which routine saves you the most time?\" tags routines,planning"),
  QUESTIONS_LIST(Topic.QUESTIONS, "list", "questions list [<tag>]", "questions list routines"),
  QUESTIONS_REMOVE(Topic.QUESTIONS, "remove", "questions remove <number>", "questions remove 3"),
  QUESTIONS_IMPORT(
      Topic.QUESTIONS,
      "import",
      "questions import [tags <a,b>]  then one question per line on the lines below (#tags at a"
          + " line's end), or CSV with a question,tags header line",
      ImportParser.EXAMPLE),
  QUESTIONS_TEMPLATE(
      Topic.QUESTIONS,
      "template",
      "questions template [" + String.join("|", TemplateNames.ALL) + "]   (alone: lists them)",
      "questions template friyay"),
  ASK_NOW(Topic.ASK, "now", "ask now [\"<question>\"]", "ask now \"What made you smile today?\""),
  REPORT(
      Topic.REPORT,
      null,
      "report [chart|export|dashboard] [<from> [<to>] | <from>..<to> | last-week | this-month"
          + " | last-30-days]",
      "report 2026-09-01..2026-10-31"),
  DASHBOARD_RESET(
      Topic.DASHBOARD,
      "reset",
      "dashboard reset   (every dashboard link and Teams dashboard tab given so far stops opening)",
      "dashboard reset"),
  NUDGES_OFF(Topic.NUDGES, "off", "nudges off", "nudges off"),
  NUDGES_ON(Topic.NUDGES, "on", "nudges on", "nudges on"),
  ARCHIVE_LIST(Topic.ARCHIVE, "list", "archive [list]", "archive"),
  ARCHIVE_EXPORT(
      Topic.ARCHIVE,
      "export",
      "archive export <number|id>   (the transcript as Markdown, grouped by question)",
      "archive export 1"),
  PROFILE_SHOW(
      Topic.PROFILE, "show", "profile [show]   (profile alone opens a form)", "profile show"),
  PROFILE_EDIT(Topic.PROFILE, "edit", "profile edit   (a form with every field)", "profile edit"),
  PROFILE_SET(
      Topic.PROFILE,
      "set",
      "profile set <"
          + String.join("|", dev.rituals.core.usecase.ProfileField.keys())
          + "> <value>",
      "profile set subjects science,math"),
  PROFILE_SNOOZE(
      Topic.PROFILE, "snooze", "profile snooze <YYYY-MM-DD|off>", "profile snooze 2027-01-15"),
  PROFILE_OPTOUT(
      Topic.PROFILE, "optout", "profile optout   (no more pairing rounds)", "profile optout"),
  PROFILE_OPTIN(Topic.PROFILE, "optin", "profile optin   (join pairing rounds)", "profile optin"),
  PROFILE_IMPORT(
      Topic.PROFILE,
      "import",
      "profile import  then CSV on the lines below: a header with user and any of "
          + String.join(",", dev.rituals.core.usecase.ProfileField.keys())
          + " (moderators; nothing is stored if any row is bad)",
      ProfileParser.IMPORT_EXAMPLE),
  PAIR_SCHEDULE(
      Topic.PAIR,
      "schedule",
      "pair schedule weekly|biweekly|monthly [mentor|peer] [size 2|3|4] [<day>] [<time>]"
          + " [follow-up <days>d]",
      "pair schedule biweekly peer size 3 tue 15:30"),
  PAIR_PREVIEW(
      Topic.PAIR, "preview", "pair preview   (next round's groups; nothing sent)", "pair preview"),
  PAIR_RUN(Topic.PAIR, "run", "pair run [mentor|peer]   (pairs and sends intros now)", "pair run"),
  PAIR_STATS(Topic.PAIR, "stats", "pair stats   (how many pairs met)", "pair stats"),
  PAIR_MET(Topic.PAIR, "met", "pair met   (you met your latest partner)", "pair met"),
  PAIR_NOT_YET(Topic.PAIR, "notyet", "pair notyet   (not met yet)", "pair notyet"),
  PAIR_COULDNT(Topic.PAIR, "couldnt", "pair couldnt   (you couldn't meet)", "pair couldnt"),
  PAIR_STAY(Topic.PAIR, "stay", "pair stay   (stay in pairing rounds)", "pair stay"),
  HOST_QUESTION(
      Topic.HOST,
      "question",
      "host question \"<question>\"   (when invited to host: your question for that round)",
      "host question \"What is one routine your students run themselves?\""),
  HOST_PICK(
      Topic.HOST,
      "pick",
      "host pick <n>   (when invited to host: the bank question with that number)",
      "host pick 3"),
  COMMUNITY_RETENTION(
      Topic.COMMUNITY,
      "retention",
      "community retention [<days>|forever]   (answers older than that are deleted; alone: shows"
          + " the privacy settings)",
      "community retention 730"),
  COMMUNITY_FORGET(
      Topic.COMMUNITY,
      "forget",
      "community forget delete|anonymise   (what forget me does to a member's answers)",
      "community forget anonymise"),
  BADGES_LIST(Topic.BADGES, "list", "badges [list]   (your badges; same as my badges)", "badges"),
  BADGES_ANNOUNCE(
      Topic.BADGES,
      "announce",
      "badges announce on|off   (whether your new badges are announced in the channel)",
      "badges announce off"),
  MY_BADGES(Topic.MY, "badges", "my badges", "my badges"),
  MY_DATA(Topic.MY, "data", "my data   (everything Rituals holds about you, as JSON)", "my data"),
  PD_RULE(
      Topic.PD,
      "rule",
      "pd rule [live-chat <minutes>] [prompt <minutes>] [mentoring <minutes>]   (alone: shows it)",
      "pd rule live-chat 60m prompt 10m mentoring 30m"),
  PD_STATEMENT(
      Topic.PD,
      "statement",
      "pd statement [<from> [<to>] | <from>..<to> | this-month | ...]   (PDF certificate and Open"
          + " Badges credential; default: the last 365 days)",
      "pd statement 2026-09-01 2026-12-31"),
  FORGET_ME(
      Topic.FORGET,
      "me",
      "forget me [confirm]   (erases your data from every community you belong to)",
      "forget me"),
  STATUS(
      Topic.STATUS,
      null,
      "status   (messages Rituals could not deliver here, and why; moderators)",
      "status"),
  STATUS_RETRY(
      Topic.STATUS,
      "retry",
      "status retry <code>|all   (send a failed message again; the code is in status)",
      "status retry 3fa8c1"),
  STATUS_DISMISS(
      Topic.STATUS,
      "dismiss",
      "status dismiss <code>|all   (stop trying and take it off the list; it is never sent)",
      "status dismiss 3fa8c1"),
  ADMIN_LIST(Topic.ADMIN, "list", "admins   (who may change every community here)", "admins"),
  ADMIN_ADD(Topic.ADMIN, "add", "admin add @person   (Teams; admins only)", "admin add @Ana"),
  ADMIN_REMOVE(
      Topic.ADMIN, "remove", "admin remove @person   (Teams; admins only)", "admin remove @Ana");

  private final Topic topic;
  private final String subcommand;
  private final String syntax;
  private final String example;

  Usage(Topic topic, String subcommand, String syntax, String example) {
    this.topic = topic;
    this.subcommand = subcommand;
    this.syntax = syntax;
    this.example = example;
  }

  Topic topic() {
    return topic;
  }

  String syntax() {
    return syntax;
  }

  String example() {
    return example;
  }

  /** The first usage of a topic's subcommand ({@code null} for topics without subcommands). */
  static Usage of(Topic topic, String subcommand) {
    for (Usage usage : values()) {
      if (usage.topic == topic && Objects.equals(usage.subcommand, subcommand)) {
        return usage;
      }
    }
    return first(topic);
  }

  static Usage first(Topic topic) {
    for (Usage usage : values()) {
      if (usage.topic == topic) {
        return usage;
      }
    }
    throw new IllegalStateException("no usage for " + topic);
  }

  static List<Usage> of(Topic topic) {
    return java.util.Arrays.stream(values()).filter(u -> u.topic == topic).toList();
  }
}
