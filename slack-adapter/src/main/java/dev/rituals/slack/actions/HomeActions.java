package dev.rituals.slack.actions;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.slack.Background;
import dev.rituals.slack.Tenants;
import dev.rituals.slack.views.HomePublisher;
import dev.rituals.slack.views.Notices;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Pause / Resume buttons on a moderator's App Home; the refreshed home says what happened. */
public final class HomeActions {
  private static final Logger log = LoggerFactory.getLogger(HomeActions.class);

  private final HomePublisher publisher;
  private final Background background;

  public HomeActions(HomePublisher publisher, Background background) {
    this.publisher = publisher;
    this.background = background;
  }

  public BlockActionHandler pauseOrResume(boolean pause) {
    return (BlockActionRequest request, ActionContext ctx) -> {
      BlockActionPayload payload = request.getPayload();
      String teamId = Tenants.teamId(ctx);
      String userId = payload.getUser().getId();
      String value = payload.getActions().get(0).getValue();
      background.run(
          pause ? "pause a ritual" : "resume a ritual",
          () -> {
            String notice;
            try {
              CommandReply reply =
                  publisher
                      .useCase()
                      .orElseThrow()
                      .setPaused(Tenants.user(teamId, userId), RitualId.parse(value), pause);
              notice = reply.text();
            } catch (RuntimeException e) {
              log.warn("pause/resume failed in team {}", teamId, e);
              notice = Notices.SORRY;
            }
            publisher.publish(ctx.client(), teamId, userId, Optional.of(notice));
          });
      return ctx.ack();
    };
  }
}
