package dev.rituals.core.command;

import java.util.Map;

/**
 * The text of "help" and "help <topic>": every command form with one example. Built from {@link
 * Usage}, the same source the error messages use. Each adapter passes its own prefix ("/rituals "
 * or "@Rituals ").
 */
public final class HelpText {
  private static final Map<Topic, String> ABOUT =
      Map.ofEntries(
          Map.entry(Topic.HELP, "Show what Rituals can do."),
          Map.entry(
              Topic.COMMUNITY, "Set up the community of practice that meets in this channel."),
          Map.entry(
              Topic.SCHEDULE,
              "Schedule recurring rituals: weekly prompts, live chats and slow chats."
                  + " Days: mon,wed / weekdays / daily. Times: 07:00, 7:30pm."
                  + " Zones: IANA names like America/New_York."),
          Map.entry(
              Topic.QUESTIONS,
              "Keep the community's bank of questions: add them one by one, import a list, or"
                  + " start from a template ("
                  + String.join(", ", TemplateNames.ALL)
                  + ")."),
          Map.entry(Topic.ASK, "Post a question right now."),
          Map.entry(
              Topic.REPORT,
              "Show who took part. Dates: 2026-09-01, 2026-09-01..2026-10-31, last-week,"
                  + " this-month, last-30-days. `report chart` draws the weekly chart;"
                  + " moderators: `report export` (CSV), `report dashboard` (a private link)."),
          Map.entry(
              Topic.DASHBOARD,
              "Moderators: stop every dashboard link and Teams dashboard tab given out so far"
                  + " (then get a new one with `report dashboard`)."),
          Map.entry(
              Topic.NUDGES,
              "Turn off (or back on) the private reminder you get before a question closes."),
          Map.entry(
              Topic.ARCHIVE, "Past rounds and their transcripts: every question with its answers."),
          Map.entry(
              Topic.STATUS, "Messages Rituals could not deliver in this community (yet), and why."),
          Map.entry(
              Topic.PROFILE,
              "Your pairing profile: roles, subjects, grades, school, experience, interests."),
          Map.entry(
              Topic.PAIR,
              "Mentor and peer pairing rounds: schedule them, preview the groups, see who met."),
          Map.entry(
              Topic.HOST,
              "When it is your turn to host a ritual, choose the question everyone answers."),
          Map.entry(
              Topic.BADGES,
              "Your badges and milestones, and whether new ones are announced in the channel."),
          Map.entry(Topic.MY, "Your own badges, or all your data as a file."),
          Map.entry(
              Topic.PD,
              "Professional-development hours: the community's rule and your certificate."),
          Map.entry(Topic.FORGET, "Erase your data from Rituals (asks you to confirm first)."),
          Map.entry(
              Topic.ADMIN,
              "Who may change every community here besides its moderators: Slack's workspace"
                  + " admins and owners; in Teams, whoever installed Rituals and the admins they"
                  + " add."));

  private HelpText() {}

  /** One line per command family, with its subcommands, and how to get more. */
  public static String overview(String prefix) {
    StringBuilder text = new StringBuilder("Rituals commands:\n");
    for (Topic topic : Topic.values()) {
      if (topic == Topic.HELP) {
        continue;
      }
      text.append("• ")
          .append(prefix)
          .append(topic.word())
          .append(topic.subcommands().isEmpty() ? "" : " " + String.join("|", topic.subcommands()))
          .append(" — ")
          .append(ABOUT.get(topic))
          .append('\n');
    }
    return text.append("Type ").append(prefix).append("help <topic> for examples.").toString();
  }

  /** Every form of one topic's commands with an example each. */
  public static String forTopic(Topic topic, String prefix) {
    StringBuilder text = new StringBuilder(ABOUT.get(topic)).append('\n');
    for (Usage usage : Usage.of(topic)) {
      text.append("• ")
          .append(prefix)
          .append(usage.syntax())
          .append("\n    e.g. ")
          .append(prefix)
          .append(usage.example())
          .append('\n');
    }
    return text.toString().stripTrailing();
  }
}
