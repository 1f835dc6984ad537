package dev.rituals.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import com.slack.api.model.event.MemberLeftChannelEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import dev.rituals.core.model.PairResponse;
import dev.rituals.slack.actions.AnswerButton;
import dev.rituals.slack.actions.HomeActions;
import dev.rituals.slack.actions.PairButtons;
import dev.rituals.slack.actions.ProfileButton;
import dev.rituals.slack.commands.RitualsCommand;
import dev.rituals.slack.events.AppHomeOpened;
import dev.rituals.slack.events.DirectMessages;
import dev.rituals.slack.events.EventRunner;
import dev.rituals.slack.events.MemberEvents;
import dev.rituals.slack.events.MessageEvents;
import dev.rituals.slack.events.MessageEvents.Posted;
import dev.rituals.slack.render.HomeTab;
import dev.rituals.slack.render.MessageRenderer;
import dev.rituals.slack.views.AnswerModal;
import dev.rituals.slack.views.AnswerSubmission;
import dev.rituals.slack.views.HomePublisher;
import dev.rituals.slack.views.ProfileModal;
import dev.rituals.slack.views.ProfileSubmission;
import dev.rituals.slack.views.ScheduleModal;
import dev.rituals.slack.views.ScheduleSubmission;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

/** Routes every Slack request the app handles to its listener, grouped by kind. */
final class SlackListeners {
  private SlackListeners() {}

  private static void pairButtons(App app, PairButtons buttons) {
    app.blockAction(MessageRenderer.MET_ACTION, buttons.answer(PairResponse.MET));
    app.blockAction(MessageRenderer.NOT_YET_ACTION, buttons.answer(PairResponse.NOT_YET));
    app.blockAction(MessageRenderer.COULDNT_ACTION, buttons.answer(PairResponse.COULD_NOT));
    app.blockAction(MessageRenderer.STAY_ACTION, buttons.stayOrPause(true));
    app.blockAction(MessageRenderer.PAUSE_ACTION, buttons.stayOrPause(false));
  }

  static void register(
      App app,
      SlackCore core,
      SlackUsers users,
      Background background,
      Clock clock,
      Consumer<String> forgetInstallation) {
    app.command(
        RitualsCommand.COMMAND,
        new RitualsCommand(core.commands(), users, background, core.profiles()));
    core.profiles()
        .ifPresent(p -> app.viewSubmission(ProfileModal.CALLBACK_ID, new ProfileSubmission(p)));
    core.pairing().ifPresent(p -> pairButtons(app, new PairButtons(p, background)));
    app.viewSubmission(
        ScheduleModal.CALLBACK_ID,
        new ScheduleSubmission(core.scheduleForms(), background, Optional.of(users)));
    app.blockAction(MessageRenderer.ANSWER_ACTION, new AnswerButton(background));
    app.blockAction(MessageRenderer.PROFILE_ACTION, new ProfileButton(core.profiles(), background));
    app.viewSubmission(AnswerModal.CALLBACK_ID, new AnswerSubmission(core.answers(), users, clock));

    HomePublisher home = new HomePublisher(core.home(), core.reports(), users, clock);
    HomeActions homeActions = new HomeActions(home, background);
    app.blockAction(HomeTab.PAUSE_ACTION, homeActions.pauseOrResume(true));
    app.blockAction(HomeTab.RESUME_ACTION, homeActions.pauseOrResume(false));

    EventRunner events = new EventRunner(core.eventLog(), background, clock);
    MessageEvents messages = new MessageEvents(core.answers(), users, clock);
    DirectMessages directs = new DirectMessages(core.commands(), users);
    app.event(
        MessageEvent.class,
        events.handler(
            "message",
            (team, e, ctx) -> {
              Posted posted =
                  new Posted(
                      e.getChannel(),
                      e.getUser(),
                      e.getBotId(),
                      e.getText(),
                      e.getTs(),
                      e.getThreadTs());
              if (DirectMessages.IM.equals(e.getChannelType())) {
                directs.posted(team, posted, ctx);
              } else {
                messages.posted(team, posted, ctx);
              }
            }));
    // A reply also sent to the channel, and a message with a file, are still a person's words.
    app.event(
        MessageThreadBroadcastEvent.class,
        events.handler(
            "thread_broadcast",
            (team, e, ctx) ->
                messages.posted(
                    team,
                    new Posted(
                        e.getChannel(), e.getUser(), null, e.getText(), e.getTs(), e.getThreadTs()),
                    ctx)));
    app.event(
        MessageFileShareEvent.class,
        events.handler(
            "file_share",
            (team, e, ctx) ->
                messages.posted(
                    team,
                    new Posted(
                        e.getChannel(), e.getUser(), null, e.getText(), e.getTs(), e.getThreadTs()),
                    ctx)));
    app.event(MessageChangedEvent.class, events.handler("message_changed", messages::changed));
    app.event(MessageDeletedEvent.class, events.handler("message_deleted", messages::deleted));

    MemberEvents members = new MemberEvents(core.membership(), users, forgetInstallation);
    app.event(
        MemberJoinedChannelEvent.class, events.handler("member_joined_channel", members::joined));
    app.event(MemberLeftChannelEvent.class, events.handler("member_left_channel", members::left));
    app.event(AppUninstalledEvent.class, events.handler("app_uninstalled", members::uninstalled));
    app.event(TokensRevokedEvent.class, events.handler("tokens_revoked", members::revoked));
    app.event(
        AppHomeOpenedEvent.class,
        events.handler("app_home_opened", new AppHomeOpened(home)::opened));
  }
}
