package dev.rituals.core.service.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.MessageKind;
import dev.rituals.core.model.OutboxState;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.RitualKind;
import dev.rituals.core.model.RitualState;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.service.OccurrenceService;
import dev.rituals.core.service.OutboxSignal;
import dev.rituals.core.service.Ports;
import dev.rituals.core.testing.InMemoryOutbox;
import dev.rituals.core.testing.InMemoryPorts;
import dev.rituals.core.testing.MutableClock;
import dev.rituals.core.testing.RecordingScheduler;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.CommandReply.Outcome;
import dev.rituals.core.usecase.CommandRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommandServiceTest {
  static final ChannelRef CHANNEL = ChannelRef.of(Platform.SLACK, "T1", "C1");
  static final UserRef MODERATOR = UserRef.of(Platform.SLACK, "T1", "U_MOD");
  static final UserRef MEMBER = UserRef.of(Platform.SLACK, "T1", "U_MEM");

  Ports ports = InMemoryPorts.create();
  MutableClock clock = new MutableClock(Instant.parse("2026-11-23T15:00:00Z"));
  RecordingScheduler scheduler = new RecordingScheduler();
  OccurrenceService occurrences = new OccurrenceService(ports, scheduler, clock, OutboxSignal.NONE);
  CommandService commands = new CommandService(ports, scheduler, occurrences, clock);

  CommandReply say(UserRef who, String text) {
    return commands.handle(
        new CommandRequest(
            who,
            who.userId(),
            Optional.of(CHANNEL),
            text,
            false,
            Optional.of(ZoneId.of("America/Chicago"))));
  }

  @BeforeEach
  void createCommunity() {
    CommandReply created =
        say(MODERATOR, "community create \"Science Teachers\" domain \"inquiry labs\"");
    assertThat(created.outcome()).isEqualTo(Outcome.OK);
    assertThat(created.text())
        .contains("Science Teachers")
        .contains("America/Chicago")
        .contains("moderator");
  }

  @Test
  void aSecondCommunityInTheSameChannelIsRefused() {
    assertThat(say(MEMBER, "community create \"Other\"").text())
        .contains("already belongs to *Science Teachers*");
  }

  @Test
  void joiningInfoAndLeaving() {
    assertThat(say(MEMBER, "community info").text()).contains("not a member yet");
    assertThat(say(MEMBER, "community join").text()).contains("Welcome to *Science Teachers*");
    assertThat(say(MEMBER, "community join").text()).contains("already a member");
    assertThat(say(MEMBER, "community info").text())
        .contains("Members: 2")
        .contains("Moderators: U_MOD");
    assertThat(say(MEMBER, "community leave").text()).contains("You left");
    assertThat(say(MODERATOR, "community leave").outcome()).isEqualTo(Outcome.USAGE_ERROR);
  }

  @Test
  void moderatorSchedulesListsPausesResumesAndDeletes() {
    CommandReply added =
        say(MODERATOR, "schedule add weekly fri 7am \"What did you try this week?\"");
    assertThat(added.outcome()).as(added.text()).isEqualTo(Outcome.OK);
    assertThat(added.text()).contains("#1 prompt").contains("Fri at 07:00 America/Chicago");
    var ritual =
        ports
            .rituals()
            .findByNumber(ports.communities().findByChannel(CHANNEL).get().id(), 1)
            .get();
    assertThat(ritual.kind()).isEqualTo(RitualKind.PROMPT);
    assertThat(ritual.schedule().window()).isEqualTo(Duration.ofDays(3));
    assertThat(scheduler.scheduled()).containsKey(ritual.id());

    assertThat(say(MEMBER, "schedule list").text())
        .contains("#1 prompt")
        .contains("What did you try");
    assertThat(say(MODERATOR, "schedule pause 1").text()).contains("Paused");
    assertThat(scheduler.scheduled().get(ritual.id()).state()).isEqualTo(RitualState.PAUSED);
    assertThat(say(MODERATOR, "schedule resume 1").text()).contains("Resumed");
    assertThat(say(MODERATOR, "schedule pause 9").outcome()).isEqualTo(Outcome.NOT_FOUND);
    assertThat(say(MODERATOR, "schedule delete 1").text()).contains("Deleted ritual #1");
    assertThat(scheduler.scheduled()).doesNotContainKey(ritual.id());
    assertThat(say(MODERATOR, "schedule list").text()).contains("no rituals yet");
  }

  @Test
  void liveChatKeepsItsQuestionsAndInterval() {
    CommandReply added =
        say(MODERATOR, "schedule add live-chat thu 19:00 bank questions 6 every 8m");
    assertThat(added.outcome()).as(added.text()).isEqualTo(Outcome.OK);
    var ritual = ports.rituals().findAllActive().get(0);
    assertThat(ritual.kind()).isEqualTo(RitualKind.LIVE_CHAT);
    assertThat(ritual.plan().questions()).isEqualTo(6);
    assertThat(ritual.plan().every()).isEqualTo(Duration.ofMinutes(8));
    assertThat(ritual.schedule().window()).isEqualTo(Duration.ofMinutes(58));
  }

  @Test
  void membersMayNotChangeTheCommunity() {
    say(MEMBER, "community join");
    for (String text :
        new String[] {
          "schedule add weekly fri 7am \"Q?\"", "schedule add", "schedule pause 1",
          "questions add \"Q?\"", "questions remove 1", "ask now"
        }) {
      CommandReply reply = say(MEMBER, text);
      assertThat(reply.outcome()).as(text).isEqualTo(Outcome.DENIED);
      assertThat(reply.text()).as(text).contains("Only moderators");
    }
    assertThat(ports.rituals().findAllActive()).isEmpty();
    assertThat(
            ports
                .questions()
                .findByCommunity(ports.communities().findByChannel(CHANNEL).get().id()))
        .isEmpty();
  }

  @Test
  void scheduleAddAloneAsksForTheForm() {
    CommandReply reply = say(MODERATOR, "schedule add");
    assertThat(reply.form()).contains(CommandReply.Form.SCHEDULE_ADD);
  }

  @Test
  void questionBankAddListRemoveAndAskNowPostsToTheChannel() {
    assertThat(
            say(MODERATOR, "questions add \"What made you smile this week?\" tags celebration")
                .text())
        .contains("Added question 1")
        .contains("#celebration");
    assertThat(say(MODERATOR, "questions add \"what made you smile this week?\"").outcome())
        .isEqualTo(Outcome.USAGE_ERROR);
    assertThat(say(MEMBER, "questions list").text())
        .contains("1. What made you smile")
        .contains("not used yet");
    assertThat(say(MODERATOR, "ask now").text()).contains("Posted the question");
    InMemoryOutbox outbox = (InMemoryOutbox) ports.outbox();
    assertThat(outbox.all())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.body().kind()).isEqualTo(MessageKind.PROMPT);
              assertThat(m.body().field("question")).contains("What made you smile this week?");
            });
    assertThat(say(MEMBER, "questions list").text()).contains("used 1×");
    assertThat(say(MODERATOR, "questions remove 1").text()).contains("Removed question 1");
    assertThat(say(MODERATOR, "questions remove 1").outcome()).isEqualTo(Outcome.NOT_FOUND);
    assertThat(say(MODERATOR, "schedule list").text()).contains("no rituals yet");
    assertThat(ports.outbox().count(OutboxState.PENDING)).isEqualTo(1);
  }

  @Test
  void reportsShowCountsToModeratorsAndOwnCountToMembers() {
    say(MODERATOR, "ask now \"Share a win\"");
    assertThat(say(MODERATOR, "report 2026-11-01..2026-11-30").text())
        .contains("Participation in Science Teachers")
        .contains("Turnout")
        .contains("0 of 1");
    say(MEMBER, "community join");
    assertThat(say(MEMBER, "report 2026-11-01 2026-11-30").text())
        .contains("You answered 0 times.");
  }

  @Test
  void wrongWordsComeBackWithTheWordAndAPrefixedExample() {
    CommandReply reply = say(MODERATOR, "schedule add weekly fryday 7am \"Q?\"");
    assertThat(reply.outcome()).isEqualTo(Outcome.USAGE_ERROR);
    assertThat(reply.text()).contains("fryday").contains("Example: `/rituals schedule add");
    assertThat(say(MODERATOR, "scheduel list").text()).contains("schedule");
  }

  @Test
  void commandsOutsideACommunityChannelSayWhereToGo() {
    ChannelRef other = ChannelRef.of(Platform.SLACK, "T1", "C_OTHER");
    CommandReply reply =
        commands.handle(
            new CommandRequest(
                MEMBER, "m", Optional.of(other), "schedule list", false, Optional.empty()));
    assertThat(reply.outcome()).isEqualTo(Outcome.NOT_FOUND);
    assertThat(reply.text()).contains("community create");
  }

  @Test
  void directMessagesActOnThePersonsOnlyCommunity() {
    CommandReply reply =
        commands.handle(
            new CommandRequest(
                MODERATOR, "m", Optional.empty(), "community info", false, Optional.empty()));
    assertThat(reply.text()).contains("*Science Teachers*");
    CommandReply teams =
        commands.handle(
            new CommandRequest(
                UserRef.of(Platform.TEAMS, "t", "29:x"),
                "x",
                Optional.empty(),
                "schedule list",
                false,
                Optional.empty()));
    assertThat(teams.text()).contains("Run this in your community's channel");
  }

  @Test
  void anOverlongCommandIsRefusedWithoutParsing() {
    assertThat(say(MODERATOR, "questions add \"" + "x".repeat(5000) + "\"").text())
        .contains("too long");
  }

  @Test
  void workspaceAdminsMayConfigureWithoutBeingModerators() {
    CommandReply reply =
        commands.handle(
            new CommandRequest(
                MEMBER,
                "admin",
                Optional.of(CHANNEL),
                "schedule add weekly mon 8am \"Q?\"",
                true,
                Optional.empty()));
    assertThat(reply.outcome()).as(reply.text()).isEqualTo(Outcome.OK);
  }
}
