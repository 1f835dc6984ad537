package dev.rituals.slack.actions;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.CommandRequest;
import dev.rituals.core.usecase.HandleCommandUseCase;
import dev.rituals.slack.Background;
import dev.rituals.slack.Tenants;
import dev.rituals.slack.render.Mrkdwn;
import dev.rituals.slack.views.Notices;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Fill in my profile" in the welcome DM: the same as typing {@code /rituals profile}; core's
 * answer goes back into the DM.
 */
public final class ProfileButton implements BlockActionHandler {
  private static final Logger log = LoggerFactory.getLogger(ProfileButton.class);

  private final HandleCommandUseCase commands;
  private final Background background;

  public ProfileButton(HandleCommandUseCase commands, Background background) {
    this.commands = commands;
    this.background = background;
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext ctx) {
    BlockActionPayload payload = request.getPayload();
    String teamId = Tenants.teamId(ctx);
    String text;
    try {
      CommandReply reply =
          commands.handle(
              new CommandRequest(
                  Tenants.user(teamId, payload.getUser().getId()),
                  payload.getUser().getName(),
                  Optional.empty(),
                  "profile",
                  false,
                  Optional.empty()));
      text = Mrkdwn.escape(reply.text());
    } catch (RuntimeException e) {
      log.warn("profile button failed in team {}", teamId, e);
      text = Notices.SORRY;
    }
    String answer = text;
    background.run(
        "answer the profile button",
        () -> ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false).text(answer)));
    return ctx.ack();
  }
}
