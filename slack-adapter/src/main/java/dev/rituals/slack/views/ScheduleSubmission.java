package dev.rituals.slack.views;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.usecase.FormResult;
import dev.rituals.core.usecase.ScheduleForm;
import dev.rituals.core.usecase.SubmitScheduleFormUseCase;
import dev.rituals.slack.Background;
import dev.rituals.slack.SlackUsers;
import dev.rituals.slack.Tenants;
import dev.rituals.slack.render.Mrkdwn;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schedule modal was submitted. Core validates: errors go back inline on their inputs and the
 * modal stays open with nothing saved; on success the modal closes and the moderator gets a
 * confirmation only they can see.
 */
public final class ScheduleSubmission implements ViewSubmissionHandler {
  private static final Logger log = LoggerFactory.getLogger(ScheduleSubmission.class);

  /** users.info for a person not seen lately must leave time to answer Slack within 3 s. */
  private static final Duration LOOKUP_BUDGET = Duration.ofMillis(1200);

  private final SubmitScheduleFormUseCase forms;
  private final Background background;
  private final Optional<SlackUsers> users;

  public ScheduleSubmission(SubmitScheduleFormUseCase forms, Background background) {
    this(forms, background, Optional.empty());
  }

  /** With {@code users}, a workspace admin who is not a moderator may save the form too. */
  public ScheduleSubmission(
      SubmitScheduleFormUseCase forms, Background background, Optional<SlackUsers> users) {
    this.forms = forms;
    this.background = background;
    this.users = users;
  }

  @Override
  public Response apply(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
    ViewSubmissionPayload payload = request.getPayload();
    String teamId = Tenants.teamId(ctx);
    String channelId = payload.getView().getPrivateMetadata();
    if (channelId == null || channelId.isBlank() || channelId.startsWith("D")) {
      return ctx.ackWithUpdate(
          Notices.modal("Not saved", "Type `/rituals schedule add` in the community's channel."));
    }
    ChannelRef channel = Tenants.channel(teamId, channelId);
    UserRef user = Tenants.user(teamId, payload.getUser().getId());
    try {
      ScheduleForm form = FormReader.schedule(payload.getView().getState());
      FormResult result =
          admin(teamId, user.userId())
              ? forms.submitAsAdmin(user, channel, form)
              : forms.submit(user, channel, form);
      if (result instanceof FormResult.Invalid invalid) {
        Map<String, String> errors = new LinkedHashMap<>();
        invalid.errors().forEach((field, message) -> errors.put(field.id(), message));
        return ctx.ackWithErrors(errors);
      }
      if (result instanceof FormResult.Refused refused) {
        return ctx.ackWithUpdate(Notices.modal("Not saved", refused.message()));
      }
      FormResult.Saved saved = (FormResult.Saved) result;
      background.run(
          "confirm a saved schedule",
          () ->
              ctx.client()
                  .chatPostEphemeral(
                      r ->
                          r.channel(channelId)
                              .user(user.userId())
                              .text(Mrkdwn.escape(saved.message()))));
      return ctx.ack();
    } catch (RuntimeException e) {
      log.warn("schedule form failed in team {}", teamId, e);
      return ctx.ackWithUpdate(Notices.modal("Not saved", Notices.SORRY));
    }
  }

  private boolean admin(String teamId, String userId) {
    return users
        .flatMap(u -> background.within(LOOKUP_BUDGET, () -> u.find(teamId, userId)))
        .map(SlackUsers.Person::admin)
        .orElse(false);
  }
}
