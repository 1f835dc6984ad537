package dev.rituals.core.service.commands;

import dev.rituals.core.command.QuestionSource;
import dev.rituals.core.command.RitualFormat;
import dev.rituals.core.command.ScheduleAdd;
import dev.rituals.core.command.Tag;
import dev.rituals.core.command.TimeSpan;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.RitualKind;
import dev.rituals.core.model.RitualPlan;
import dev.rituals.core.model.RitualState;
import dev.rituals.core.model.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** Turns a checked {@code schedule add} (typed or from a form) into a ritual. */
final class RitualDrafts {
  static final Duration PROMPT_WINDOW = Duration.ofDays(3);

  /** Room after a live chat's last question for late replies before the wrap-up. */
  static final Duration LIVE_CHAT_TAIL = Duration.ofMinutes(10);

  private RitualDrafts() {}

  static Ritual draft(ScheduleAdd command, Community community, int number, Instant now) {
    ZoneId zone = command.zone().orElse(community.zone());
    RitualKind kind;
    RitualPlan plan;
    Duration window;
    if (command.format() instanceof RitualFormat.LiveChat chat) {
      kind = RitualKind.LIVE_CHAT;
      plan = RitualPlan.liveChat(chat.questions(), chat.every().value());
      window = chat.length().plus(LIVE_CHAT_TAIL);
    } else if (command.format() instanceof RitualFormat.SlowChat chat) {
      kind = RitualKind.SLOW_CHAT;
      plan = RitualPlan.slowChat(chat.days());
      window = Duration.ofDays(chat.days());
    } else {
      kind = RitualKind.PROMPT;
      plan = RitualPlan.single();
      window = PROMPT_WINDOW;
    }
    window = command.window().map(TimeSpan::value).orElse(window);
    Optional<String> fixed = Optional.empty();
    Optional<String> tag = Optional.empty();
    if (command.questions() instanceof QuestionSource.FixedQuestion q) {
      fixed = Optional.of(q.text().value());
    } else if (command.questions() instanceof QuestionSource.FromBank bank) {
      tag = bank.tag().map(Tag::value);
    }
    Schedule schedule =
        new Schedule(
            command.days().days(),
            command.time().value(),
            zone,
            window,
            community.calendar().skips());
    return new Ritual(
        RitualId.random(),
        community.id(),
        number,
        kind,
        schedule,
        fixed,
        tag,
        RitualState.ACTIVE,
        now,
        plan);
  }
}
