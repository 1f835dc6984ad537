package dev.rituals.core.service.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.DeliveryResult;
import dev.rituals.core.service.OccurrenceService;
import dev.rituals.core.service.OutboxSender;
import dev.rituals.core.service.OutboxSignal;
import dev.rituals.core.service.Ports;
import dev.rituals.core.testing.InMemoryPorts;
import dev.rituals.core.testing.MutableClock;
import dev.rituals.core.testing.RecordingChatGateway;
import dev.rituals.core.testing.RecordingScheduler;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.CommandReply.Outcome;
import dev.rituals.core.usecase.CommandRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** status: moderators see what did not go out, why, and what to do about it. */
class StatusCommandsTest {
  static final ChannelRef CHANNEL = ChannelRef.of(Platform.SLACK, "T1", "C1");
  static final UserRef MODERATOR = UserRef.of(Platform.SLACK, "T1", "U_MOD");
  static final UserRef MEMBER = UserRef.of(Platform.SLACK, "T1", "U_MEM");

  Ports ports = InMemoryPorts.create();
  MutableClock clock = new MutableClock(Instant.parse("2026-11-23T15:00:00Z"));
  RecordingScheduler scheduler = new RecordingScheduler();
  OccurrenceService occurrences = new OccurrenceService(ports, scheduler, clock, OutboxSignal.NONE);
  CommandService commands = new CommandService(ports, scheduler, occurrences, clock);
  RecordingChatGateway slack = new RecordingChatGateway(Platform.SLACK);
  OutboxSender sender = new OutboxSender(ports, List.of(slack), clock);

  CommandReply say(UserRef who, String text) {
    return commands.handle(
        new CommandRequest(
            who, who.userId(), Optional.of(CHANNEL), text, false, Optional.of(ZoneId.of("UTC"))));
  }

  @Test
  void aPermanentFailureIsListedWithItsReasonAndWhatToDo() {
    say(MODERATOR, "community create \"Maths\"");
    say(MODERATOR, "ask now \"What made you smile?\"");
    slack.answerWith(d -> new DeliveryResult.Failed("not_in_channel"));
    sender.drain();

    CommandReply status = say(MODERATOR, "status");

    assertThat(status.outcome()).isEqualTo(Outcome.OK);
    assertThat(status.text())
        .contains("Messages of *Maths* not delivered:")
        .contains("Mon 23 Nov 15:00 to channel C1 “")
        .contains("What made you smile?")
        .contains("not sent, no more tries: not_in_channel (invite the bot to the channel)");
  }

  @Test
  void aMessageStillBeingRetriedShowsWhenItIsTriedNext() {
    say(MODERATOR, "community create \"Maths\"");
    say(MODERATOR, "ask now \"What made you smile?\"");
    slack.answerWith(d -> new DeliveryResult.RetryLater(Duration.ofMinutes(5), "http 503"));
    sender.drain();

    assertThat(say(MODERATOR, "status").text())
        .contains("retrying Mon 23 Nov 15:05 (after: http 503)");
  }

  @Test
  void whenEverythingWentOutStatusSaysSo() {
    say(MODERATOR, "community create \"Maths\"");
    say(MODERATOR, "ask now");
    sender.drain();

    assertThat(say(MODERATOR, "status").text())
        .isEqualTo("Every message of *Maths* has been delivered.");
  }

  @Test
  void membersMayNotSeeTheList() {
    say(MODERATOR, "community create \"Maths\"");
    say(MEMBER, "community join");

    CommandReply reply = say(MEMBER, "status");

    assertThat(reply.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(reply.text()).contains("Only moderators of *Maths* can see undelivered messages");
  }

  @Test
  void anUnknownWordAfterStatusGetsTheChoices() {
    say(MODERATOR, "community create \"Maths\"");

    CommandReply reply = say(MODERATOR, "status everything");

    assertThat(reply.outcome()).isEqualTo(Outcome.USAGE_ERROR);
    assertThat(reply.text())
        .contains("\"everything\" is not a subcommand of status")
        .contains("retry")
        .contains("dismiss");
  }

  /** A prompt that failed for good (the bot was not in the channel); returns its code. */
  String failedPrompt() {
    say(MODERATOR, "community create \"Maths\"");
    say(MODERATOR, "ask now \"What made you smile?\"");
    slack.answerWith(d -> new DeliveryResult.Failed("not_in_channel"));
    sender.drain();
    String code = ports.outbox().undelivered(community(), 10).get(0).id().value().toString();
    assertThat(say(MODERATOR, "status").text()).contains("`" + code.substring(0, 6) + "`");
    return code.substring(0, 6);
  }

  dev.rituals.core.model.CommunityId community() {
    return ports.communities().findByChannel(CHANNEL).orElseThrow().id();
  }

  @Test
  void retrySendsAFailedMessageAgainOnceItsCauseIsFixed() {
    String code = failedPrompt();
    slack.answerWith(null); // the bot was invited to the channel

    CommandReply reply = say(MODERATOR, "status retry " + code);
    sender.drain();

    assertThat(reply.outcome()).isEqualTo(Outcome.OK);
    assertThat(reply.text()).contains("Sending 1 message again");
    assertThat(slack.sent())
        .extracting(sent -> sent.body().text())
        .anyMatch(t -> t.contains("What made you smile?"));
    assertThat(say(MODERATOR, "status").text())
        .isEqualTo("Every message of *Maths* has been delivered.");
  }

  @Test
  void retryAllTakesEveryFailedMessageAndAFailureAgainIsListedAgain() {
    failedPrompt();

    assertThat(say(MODERATOR, "status retry all").text()).contains("Sending 1 message again");
    sender.drain();

    assertThat(say(MODERATOR, "status").text()).contains("not_in_channel");
    assertThat(slack.sent()).isEmpty();
  }

  @Test
  void dismissStopsAMessageStillBeingRetriedAndItIsNeverSent() {
    say(MODERATOR, "community create \"Maths\"");
    say(MODERATOR, "ask now \"What made you smile?\"");
    slack.answerWith(d -> new DeliveryResult.RetryLater(Duration.ofMinutes(5), "http 503"));
    sender.drain();

    CommandReply reply = say(MODERATOR, "status dismiss all");
    slack.answerWith(null);
    clock.advance(Duration.ofMinutes(10));
    sender.drain();

    assertThat(reply.text()).contains("Dismissed 1 message");
    assertThat(slack.sent()).isEmpty();
    assertThat(say(MODERATOR, "status").text()).doesNotContain("What made you smile?");
  }

  @Test
  void anUnknownCodeOrAStillRetryingOneIsNotFoundAndChangesNothing() {
    failedPrompt();

    CommandReply unknown = say(MODERATOR, "status retry abcdef0");
    CommandReply dismissUnknown = say(MODERATOR, "status dismiss 00000000");

    assertThat(unknown.outcome()).isEqualTo(Outcome.NOT_FOUND);
    assertThat(unknown.text()).contains("No failed message of *Maths* has the code `abcdef0`");
    assertThat(dismissUnknown.outcome()).isEqualTo(Outcome.NOT_FOUND);
    assertThat(say(MODERATOR, "status").text()).contains("not_in_channel");
  }

  @Test
  void aCodeMustLookLikeOne() {
    say(MODERATOR, "community create \"Maths\"");

    CommandReply reply = say(MODERATOR, "status retry the-first-one");
    CommandReply missing = say(MODERATOR, "status dismiss");

    assertThat(reply.outcome()).isEqualTo(Outcome.USAGE_ERROR);
    assertThat(reply.text()).contains("is not a message code").contains("status retry");
    assertThat(missing.outcome()).isEqualTo(Outcome.USAGE_ERROR);
    assertThat(missing.text()).contains("Missing the message's code");
  }

  @Test
  void membersMayNotRetryOrDismiss() {
    String code = failedPrompt();
    say(MEMBER, "community join");

    assertThat(say(MEMBER, "status retry " + code).outcome()).isEqualTo(Outcome.DENIED);
    assertThat(say(MEMBER, "status dismiss all").outcome()).isEqualTo(Outcome.DENIED);
    assertThat(say(MODERATOR, "status").text()).contains("not_in_channel");
  }

  @Test
  void aCodeFromAnotherCommunityIsNotFound() {
    String theirs = failedPrompt();
    ChannelRef other = ChannelRef.of(Platform.SLACK, "T2", "C9");
    UserRef otherModerator = UserRef.of(Platform.SLACK, "T2", "U_OTHER");
    commands.handle(
        new CommandRequest(
            otherModerator,
            "U_OTHER",
            Optional.of(other),
            "community create \"Science\"",
            false,
            Optional.of(ZoneId.of("UTC"))));

    CommandReply reply =
        commands.handle(
            new CommandRequest(
                otherModerator,
                "U_OTHER",
                Optional.of(other),
                "status dismiss " + theirs,
                false,
                Optional.of(ZoneId.of("UTC"))));

    assertThat(reply.outcome()).isEqualTo(Outcome.NOT_FOUND);
    assertThat(say(MODERATOR, "status").text()).contains("not_in_channel");
  }
}
