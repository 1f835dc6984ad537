package dev.rituals.slack.views;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.usecase.EditProfileUseCase;
import dev.rituals.core.usecase.ProfileField;
import dev.rituals.core.usecase.ProfileFormResult;
import dev.rituals.slack.Tenants;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The profile modal was submitted. Every field goes to core at once (an emptied input clears the
 * field): bad fields come back inline with nothing saved, otherwise the modal shows core's message.
 */
public final class ProfileSubmission implements ViewSubmissionHandler {
  private static final Logger log = LoggerFactory.getLogger(ProfileSubmission.class);

  private final EditProfileUseCase profiles;

  public ProfileSubmission(EditProfileUseCase profiles) {
    this.profiles = profiles;
  }

  @Override
  public Response apply(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
    String teamId = Tenants.teamId(ctx);
    UserRef user = Tenants.user(teamId, request.getPayload().getUser().getId());
    try {
      ProfileFormResult result =
          profiles.submit(user, values(request.getPayload().getView().getState()));
      if (result instanceof ProfileFormResult.Invalid invalid) {
        Map<String, String> errors = new LinkedHashMap<>();
        invalid.errors().forEach((field, message) -> errors.put(field.key(), message));
        return ctx.ackWithErrors(errors);
      }
      return ctx.ackWithUpdate(
          Notices.modal("Profile saved", ((ProfileFormResult.Saved) result).message()));
    } catch (RuntimeException e) {
      log.warn("profile form failed in team {}", teamId, e);
      return ctx.ackWithUpdate(Notices.modal("Not saved", Notices.SORRY));
    }
  }

  static Map<ProfileField, String> values(ViewState state) {
    Map<ProfileField, String> values = new EnumMap<>(ProfileField.class);
    for (ProfileField field : ProfileField.values()) {
      values.put(field, FormReader.value(state, field.key()));
    }
    return values;
  }
}
