package dev.rituals.core.command;

import dev.rituals.core.command.Command.ScheduleAddForm;
import dev.rituals.core.command.RitualFormat.LiveChat;
import dev.rituals.core.command.RitualFormat.Prompt;
import dev.rituals.core.command.RitualFormat.SlowChat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code schedule add <kind> <days> <time> [options...]}. Kind, days and time come first and in
 * that order; the options after them may come in any order, each at most once.
 */
final class ScheduleAddParser {
  private static final Map<String, Usage> KINDS =
      Map.of(
          "prompt", Usage.SCHEDULE_ADD,
          "weekly", Usage.SCHEDULE_ADD,
          "daily", Usage.SCHEDULE_ADD,
          "live-chat", Usage.SCHEDULE_ADD_LIVE_CHAT,
          "livechat", Usage.SCHEDULE_ADD_LIVE_CHAT,
          "live", Usage.SCHEDULE_ADD_LIVE_CHAT,
          "slow-chat", Usage.SCHEDULE_ADD_SLOW_CHAT,
          "slowchat", Usage.SCHEDULE_ADD_SLOW_CHAT,
          "slow", Usage.SCHEDULE_ADD_SLOW_CHAT);
  private static final List<String> KIND_WORDS =
      List.of("prompt", "weekly", "live-chat", "slow-chat");
  static final Set<String> OPTION_WORDS =
      Set.of("bank", "window", "questions", "every", "days", "tz", "timezone");

  Command parse(TokenCursor c) {
    if (!c.hasNext()) {
      return new ScheduleAddForm();
    }
    Token kindWord = c.next();
    Usage usage = KINDS.get(kindWord.quoted() ? "" : kindWord.lower());
    if (usage == null && !kindWord.quoted() && DaysOfWeek.isDays(kindWord.text())) {
      usage = Usage.SCHEDULE_ADD; // "schedule add fri 7am ..." — a prompt is the common case
      c.back();
    } else if (usage == null) {
      throw badKind(kindWord);
    }
    c.usage(usage);
    DaysOfWeek days = kindWord.is("daily") ? DaysOfWeek.everyDay() : ScheduleWhen.days(c);
    TimeOfDay time = ScheduleWhen.time(c);
    ScheduleOptions options = ScheduleOptions.read(c, usage);
    return new ScheduleAdd(
        format(usage, options), days, time, options.zone(), options.questions(), options.window());
  }

  private static RitualFormat format(Usage usage, ScheduleOptions options) {
    return switch (usage) {
      case SCHEDULE_ADD_LIVE_CHAT ->
          new LiveChat(
              options.questionCount().orElse(LiveChat.DEFAULT_QUESTIONS),
              options.every().orElse(LiveChat.DEFAULT_EVERY));
      case SCHEDULE_ADD_SLOW_CHAT -> new SlowChat(options.chatDays().orElse(SlowChat.DEFAULT_DAYS));
      default -> new Prompt();
    };
  }

  private static CommandSyntaxException badKind(Token word) {
    Optional<String> near = EditDistance.nearest(word.lower(), KINDS.keySet());
    String hint = near.map(n -> " Did you mean " + Words.show(n) + "?").orElse("");
    return new CommandSyntaxException(
        ErrorCode.BAD_KIND,
        Words.show(word.text())
            + " is not a kind of ritual."
            + hint
            + " Start with "
            + Words.or(KIND_WORDS)
            + ", e.g. schedule add weekly fri 07:00.",
        near.map(KINDS::get).orElse(Usage.SCHEDULE_ADD).example());
  }
}
