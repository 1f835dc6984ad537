package dev.rituals.core.usecase;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.UserRef;

/** Creates a ritual from the schedule form; the same rules as {@code schedule add}. */
public interface SubmitScheduleFormUseCase {
  FormResult submit(UserRef user, ChannelRef channel, ScheduleForm form);

  /**
   * As {@link #submit}, from a workspace or tenant admin (the platform says so), who may configure
   * any community of their workspace like its moderators.
   */
  default FormResult submitAsAdmin(UserRef user, ChannelRef channel, ScheduleForm form) {
    return submit(user, channel, form);
  }
}
