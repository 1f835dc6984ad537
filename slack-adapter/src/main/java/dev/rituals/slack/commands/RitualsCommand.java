package dev.rituals.slack.commands;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.model.view.View;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.CommandRequest;
import dev.rituals.core.usecase.EditProfileUseCase;
import dev.rituals.core.usecase.HandleCommandUseCase;
import dev.rituals.slack.Background;
import dev.rituals.slack.SlackUsers;
import dev.rituals.slack.Tenants;
import dev.rituals.slack.render.Mrkdwn;
import dev.rituals.slack.views.Notices;
import dev.rituals.slack.views.ProfileModal;
import dev.rituals.slack.views.ScheduleModal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /rituals ...}: core's grammar answers in-process, so the reply goes back in the
 * acknowledgement itself, visible only to the person who typed it. When core asks for the schedule
 * form, the modal is opened right after the acknowledgement.
 */
public final class RitualsCommand implements SlashCommandHandler {
  public static final String COMMAND = "/rituals";

  private static final Logger log = LoggerFactory.getLogger(RitualsCommand.class);

  /** users.info is usually cached; on a miss it gets this long before we answer without it. */
  private static final Duration LOOKUP_BUDGET = Duration.ofMillis(1200);

  private final HandleCommandUseCase commands;
  private final SlackUsers users;
  private final Background background;
  private final Optional<EditProfileUseCase> profiles;

  public RitualsCommand(HandleCommandUseCase commands, SlackUsers users, Background background) {
    this(commands, users, background, Optional.empty());
  }

  public RitualsCommand(
      HandleCommandUseCase commands,
      SlackUsers users,
      Background background,
      Optional<EditProfileUseCase> profiles) {
    this.commands = commands;
    this.users = users;
    this.background = background;
    this.profiles = profiles;
  }

  @Override
  public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
    SlashCommandPayload payload = request.getPayload();
    String teamId = Tenants.teamId(ctx);
    try {
      Optional<SlackUsers.Person> person =
          background.within(LOOKUP_BUDGET, () -> users.find(teamId, payload.getUserId()));
      Optional<ZoneId> zone = person.flatMap(SlackUsers.Person::zone);
      CommandReply reply =
          commands.handle(
              new CommandRequest(
                  Tenants.user(teamId, payload.getUserId()),
                  person.map(SlackUsers.Person::displayName).orElse(payload.getUserName()),
                  channel(teamId, payload.getChannelId()),
                  payload.getText(),
                  person.map(SlackUsers.Person::admin).orElse(false),
                  zone));
      if (reply.form().filter(f -> f == CommandReply.Form.SCHEDULE_ADD).isPresent()) {
        openScheduleModal(ctx, payload, zone);
        return ctx.ack();
      }
      if (reply.form().filter(f -> f == CommandReply.Form.PROFILE).isPresent()
          && profiles.isPresent()) {
        UserRef user = Tenants.user(teamId, payload.getUserId());
        openModal(
            ctx,
            payload,
            "open the profile modal",
            () -> ProfileModal.build(profiles.get().current(user)));
        return ctx.ack();
      }
      return ctx.ack(r -> r.responseType("ephemeral").text(Mrkdwn.escape(reply.text())));
    } catch (RuntimeException e) {
      log.warn("/rituals failed in team {}", teamId, e);
      return ctx.ack(r -> r.responseType("ephemeral").text(Notices.SORRY));
    }
  }

  private void openScheduleModal(
      SlashCommandContext ctx, SlashCommandPayload payload, Optional<ZoneId> zone) {
    openModal(
        ctx,
        payload,
        "open the schedule modal",
        () -> ScheduleModal.build(payload.getChannelId(), zone));
  }

  private void openModal(
      SlashCommandContext ctx, SlashCommandPayload payload, String what, Supplier<View> modal) {
    background.run(
        what,
        () -> {
          ViewsOpenResponse opened =
              ctx.client().viewsOpen(r -> r.triggerId(payload.getTriggerId()).view(modal.get()));
          if (!opened.isOk()) {
            log.warn("views.open failed: {}", opened.getError());
            ctx.respond(r -> r.responseType("ephemeral").text(Notices.SORRY));
          }
        });
  }

  /** Direct messages (D...) have no community; core sees them as "no channel". */
  private static Optional<ChannelRef> channel(String teamId, String channelId) {
    if (channelId == null || channelId.isBlank() || channelId.startsWith("D")) {
      return Optional.empty();
    }
    return Optional.of(Tenants.channel(teamId, channelId));
  }
}
