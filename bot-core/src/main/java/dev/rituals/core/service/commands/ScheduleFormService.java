package dev.rituals.core.service.commands;

import dev.rituals.core.command.DaysOfWeek;
import dev.rituals.core.command.QuestionSource;
import dev.rituals.core.command.QuotedText;
import dev.rituals.core.command.RitualFormat;
import dev.rituals.core.command.ScheduleAdd;
import dev.rituals.core.command.Tag;
import dev.rituals.core.command.TimeOfDay;
import dev.rituals.core.command.TimeSpan;
import dev.rituals.core.command.TimeZones;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.RitualScheduler;
import dev.rituals.core.service.Ports;
import dev.rituals.core.usecase.FormResult;
import dev.rituals.core.usecase.ScheduleForm;
import dev.rituals.core.usecase.ScheduleForm.Field;
import dev.rituals.core.usecase.SubmitScheduleFormUseCase;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The "add a ritual" form (Slack modal, Teams card): every field is checked with the grammar's own
 * value rules, errors come back per field, and nothing is stored unless all of them are right.
 */
public final class ScheduleFormService implements SubmitScheduleFormUseCase {
  private final Ports ports;
  private final ScheduleCommands schedules;

  public ScheduleFormService(Ports ports, RitualScheduler scheduler, Clock clock) {
    this.ports = ports;
    this.schedules = new ScheduleCommands(ports, scheduler, clock);
  }

  @Override
  public FormResult submit(UserRef user, ChannelRef channel, ScheduleForm form) {
    return submit(user, channel, form, false);
  }

  @Override
  public FormResult submitAsAdmin(UserRef user, ChannelRef channel, ScheduleForm form) {
    return submit(user, channel, form, true);
  }

  private FormResult submit(
      UserRef user, ChannelRef channel, ScheduleForm form, boolean workspaceAdmin) {
    Optional<Community> community = ports.communities().findByChannel(channel);
    if (community.isEmpty()) {
      return new FormResult.Refused("This channel has no community yet, so nothing was saved.");
    }
    // An admin counts only in their own workspace: the channel's tenant must be theirs.
    boolean moderator =
        (workspaceAdmin && user.tenant().equals(channel.tenant()))
            || ports
                .members()
                .find(community.get().id(), user)
                .map(m -> m.role().canConfigure())
                .orElse(false);
    if (!moderator) {
      return new FormResult.Refused(
          "Only moderators of *" + community.get().name() + "* can change the schedule.");
    }
    Map<Field, String> errors = new EnumMap<>(Field.class);
    RitualFormat format = field(form, Field.KIND, ScheduleFormService::format, errors);
    DaysOfWeek days = field(form, Field.DAYS, DaysOfWeek::parse, errors);
    TimeOfDay time = field(form, Field.TIME, TimeOfDay::parse, errors);
    Optional<ZoneId> zone = optional(form, Field.ZONE, TimeZones::parse, errors);
    Optional<QuotedText> question = optional(form, Field.QUESTION, QuotedText::new, errors);
    Optional<Tag> tag = optional(form, Field.BANK_TAG, Tag::new, errors);
    Optional<TimeSpan> window = optional(form, Field.WINDOW, TimeSpan::parse, errors);
    if (!errors.isEmpty()) {
      return new FormResult.Invalid(errors);
    }
    QuestionSource questions =
        question
            .<QuestionSource>map(QuestionSource.FixedQuestion::new)
            .orElse(new QuestionSource.FromBank(tag));
    ScheduleAdd command;
    try {
      command = new ScheduleAdd(format, days, time, zone, questions, window);
    } catch (IllegalArgumentException e) {
      // Rules that tie fields together (a live chat longer than its window, ...).
      Field where =
          question.isPresent() && !(format instanceof RitualFormat.Prompt)
              ? Field.QUESTION
              : Field.WINDOW;
      return new FormResult.Invalid(Map.of(where, e.getMessage()));
    }
    return new FormResult.Saved(schedules.added(schedules.add(community.get(), command)));
  }

  static RitualFormat format(String kind) {
    switch (kind.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-')) {
      case "prompt", "weekly", "weekly-prompt":
        return new RitualFormat.Prompt();
      case "live-chat", "live":
        return new RitualFormat.LiveChat(
            RitualFormat.LiveChat.DEFAULT_QUESTIONS, RitualFormat.LiveChat.DEFAULT_EVERY);
      case "slow-chat", "slow":
        return new RitualFormat.SlowChat(RitualFormat.SlowChat.DEFAULT_DAYS);
      default:
        throw new IllegalArgumentException(
            "Choose prompt, live-chat or slow-chat (not \"" + kind + "\").");
    }
  }

  private static <T> T field(
      ScheduleForm form, Field field, Function<String, T> parse, Map<Field, String> errors) {
    String value = form.get(field);
    if (value.isEmpty()) {
      errors.put(field, "Please fill this in.");
      return null;
    }
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException e) {
      errors.put(field, e.getMessage());
      return null;
    }
  }

  private static <T> Optional<T> optional(
      ScheduleForm form, Field field, Function<String, T> parse, Map<Field, String> errors) {
    return form.get(field).isEmpty()
        ? Optional.empty()
        : Optional.ofNullable(field(form, field, parse, errors));
  }
}
