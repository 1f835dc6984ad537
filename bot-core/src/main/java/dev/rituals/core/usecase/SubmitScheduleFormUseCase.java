package dev.rituals.core.usecase;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.UserRef;

/** Creates a ritual from the schedule form; the same rules as {@code schedule add}. */
public interface SubmitScheduleFormUseCase {
  FormResult submit(UserRef user, ChannelRef channel, ScheduleForm form);
}
