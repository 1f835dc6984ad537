package dev.rituals.slack.actions;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.usecase.EditProfileUseCase;
import dev.rituals.slack.Background;
import dev.rituals.slack.Tenants;
import dev.rituals.slack.views.ProfileModal;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Fill in my profile" under the welcome DM: opens the same profile modal as {@code /rituals
 * profile}, pre-filled with what is stored. Without the profile use case it says how to see the
 * profile instead.
 */
public final class ProfileButton implements BlockActionHandler {
  static final String WITHOUT_PROFILES = "Write `/rituals profile` to see your profile.";
  private static final Logger log = LoggerFactory.getLogger(ProfileButton.class);

  private final Optional<EditProfileUseCase> profiles;
  private final Background background;

  public ProfileButton(Optional<EditProfileUseCase> profiles, Background background) {
    this.profiles = profiles;
    this.background = background;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext ctx) {
    BlockActionPayload payload = request.getPayload();
    UserRef user = Tenants.user(Tenants.teamId(ctx), payload.getUser().getId());
    background.run(
        "open the profile modal",
        () -> {
          if (profiles.isEmpty()) {
            ctx.respond(r -> r.responseType("ephemeral").text(WITHOUT_PROFILES));
            return;
          }
          ViewsOpenResponse opened =
              ctx.client()
                  .viewsOpen(
                      r ->
                          r.triggerId(payload.getTriggerId())
                              .view(ProfileModal.build(profiles.get().current(user))));
          if (!opened.isOk()) {
            log.warn("views.open for a profile failed: {}", opened.getError());
          }
        });
    return ctx.ack();
  }
}
