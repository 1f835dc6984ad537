package dev.rituals.slack.actions;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import dev.rituals.core.model.PairResponse;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.usecase.PairFollowUpUseCase;
import dev.rituals.slack.Background;
import dev.rituals.slack.Tenants;
import dev.rituals.slack.render.Mrkdwn;
import dev.rituals.slack.views.Notices;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pairing follow-up buttons ("We met" / "Not yet" / "Couldn't", and "Stay in" / "Pause"). Core
 * records the answer; the message is then replaced by core's reply, so it cannot be clicked twice.
 */
public final class PairButtons {
  private static final Logger log = LoggerFactory.getLogger(PairButtons.class);

  private final PairFollowUpUseCase pairing;
  private final Background background;

  public PairButtons(PairFollowUpUseCase pairing, Background background) {
    this.pairing = pairing;
    this.background = background;
  }

  public BlockActionHandler answer(PairResponse response) {
    return handler(
        "answer a pairing follow-up",
        (user, value) -> pairing.answer(user, UUID.fromString(value), response));
  }

  public BlockActionHandler stayOrPause(boolean stay) {
    return handler("answer stay or pause", (user, value) -> pairing.stayOrPause(user, stay));
  }

  private BlockActionHandler handler(
      String what, java.util.function.BiFunction<UserRef, String, String> call) {
    return (BlockActionRequest request, ActionContext ctx) -> {
      BlockActionPayload payload = request.getPayload();
      String teamId = Tenants.teamId(ctx);
      UserRef user = Tenants.user(teamId, payload.getUser().getId());
      String value = payload.getActions().get(0).getValue();
      String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
      String ts = payload.getMessage() == null ? null : payload.getMessage().getTs();
      background.run(
          what,
          () -> {
            String reply;
            try {
              reply = call.apply(user, value);
            } catch (RuntimeException e) {
              log.warn("{} failed in team {}", what, teamId, e);
              reply = Notices.SORRY;
            }
            String text = Mrkdwn.escape(reply);
            if (channel != null && ts != null) {
              // without blocks chat.update would keep the old ones, buttons included
              ctx.client()
                  .chatUpdate(
                      r ->
                          r.channel(channel)
                              .ts(ts)
                              .text(text)
                              .blocks(List.of(section(s -> s.text(markdownText(text))))));
            }
          });
      return ctx.ack();
    };
  }
}
