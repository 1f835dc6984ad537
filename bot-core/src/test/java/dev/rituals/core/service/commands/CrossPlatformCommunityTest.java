package dev.rituals.core.service.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.AnswerSource;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.service.AnswerService;
import dev.rituals.core.service.OccurrenceService;
import dev.rituals.core.service.OutboxSender;
import dev.rituals.core.service.OutboxSignal;
import dev.rituals.core.service.Ports;
import dev.rituals.core.service.ReportService;
import dev.rituals.core.testing.InMemoryPorts;
import dev.rituals.core.testing.MutableClock;
import dev.rituals.core.testing.RecordingChatGateway;
import dev.rituals.core.testing.RecordingScheduler;
import dev.rituals.core.usecase.AnswerOutcome;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.CommandReply.Outcome;
import dev.rituals.core.usecase.CommandRequest;
import dev.rituals.core.usecase.IncomingMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One community meeting in a Slack channel and a Teams channel at once. */
class CrossPlatformCommunityTest {
  static final ChannelRef SLACK = ChannelRef.of(Platform.SLACK, "T1", "C1");
  static final ChannelRef TEAMS = ChannelRef.of(Platform.TEAMS, "tenant-9", "19:abc@thread.tacv2");
  static final UserRef SLACK_MOD = UserRef.of(Platform.SLACK, "T1", "UMOD");
  static final UserRef TEAMS_MOD = UserRef.of(Platform.TEAMS, "tenant-9", "29:mod");
  static final UserRef TEAMS_TEACHER = UserRef.of(Platform.TEAMS, "tenant-9", "29:teacher");
  static final Pattern CODE = Pattern.compile("\\*([2-9A-Z]{4}-[2-9A-Z]{4})\\*");

  Ports ports = InMemoryPorts.create();
  MutableClock clock = new MutableClock(Instant.parse("2026-11-23T15:00:00Z"));
  RecordingScheduler scheduler = new RecordingScheduler();
  OccurrenceService occurrences = new OccurrenceService(ports, scheduler, clock, OutboxSignal.NONE);
  CommandService commands = new CommandService(ports, scheduler, occurrences, clock);
  RecordingChatGateway slack = new RecordingChatGateway(Platform.SLACK);
  RecordingChatGateway teams = new RecordingChatGateway(Platform.TEAMS);
  OutboxSender sender = new OutboxSender(ports, List.of(slack, teams), clock);
  AnswerService answers = new AnswerService(ports, clock);

  CommandReply say(UserRef who, ChannelRef where, String text) {
    return commands.handle(
        new CommandRequest(who, who.userId(), Optional.of(where), text, false, Optional.empty()));
  }

  String issueCode() {
    CommandReply reply = say(SLACK_MOD, SLACK, "community link");
    assertThat(reply.outcome()).as(reply.text()).isEqualTo(Outcome.OK);
    Matcher m = CODE.matcher(reply.text());
    assertThat(m.find()).as(reply.text()).isTrue();
    return m.group(1);
  }

  @Test
  void aLinkedTeamsChannelGetsThePromptsAndBothPlatformsAnswersCountInOneReport() {
    say(SLACK_MOD, SLACK, "community create \"Science Teachers\"");
    String code = issueCode();
    CommandReply linked = say(TEAMS_MOD, TEAMS, "community link " + code.toLowerCase());
    assertThat(linked.outcome()).as(linked.text()).isEqualTo(Outcome.OK);
    assertThat(linked.text()).contains("now meets with *Science Teachers*");
    assertThat(say(TEAMS_MOD, TEAMS, "community info").text())
        .contains("Channels: 2")
        .contains("You are a moderator");

    assertThat(say(TEAMS_MOD, TEAMS, "ask now \"What's one thing you tried?\"").outcome())
        .isEqualTo(Outcome.OK);
    sender.drain();
    assertThat(slack.sent()).hasSize(1);
    assertThat(teams.sent()).hasSize(1);

    clock.advance(Duration.ofMinutes(5));
    MessageRef slackPrompt = slack.sent().get(0).ref();
    assertThat(
            answers.onMessage(
                new IncomingMessage(
                    SLACK_MOD,
                    "Mo",
                    "Peer review",
                    new MessageRef(SLACK, "1.2"),
                    Optional.of(slackPrompt),
                    "C1:1.2",
                    clock.instant())))
        .isEqualTo(AnswerOutcome.RECORDED);
    var prompt = ports.occurrences().findPromptByMessage(teams.sent().get(0).ref()).orElseThrow();
    assertThat(
            answers.onSubmit(
                prompt.id(),
                TEAMS_TEACHER,
                "Tess",
                "Exit tickets",
                AnswerSource.CARD,
                "act-1",
                clock.instant()))
        .isEqualTo(AnswerOutcome.RECORDED);

    var community = ports.communities().findByChannel(TEAMS).orElseThrow();
    var report =
        new ReportService(ports)
            .report(
                community.id(),
                new DateRange(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
    assertThat(report.members())
        .extracting(m -> m.user().platform())
        .containsExactlyInAnyOrder(Platform.SLACK, Platform.TEAMS);
    assertThat(report.occurrences().get(0).respondents()).isEqualTo(2);
  }

  @Test
  void aCodeWorksOnceAndOnlyBeforeItExpires() {
    say(SLACK_MOD, SLACK, "community create \"Science Teachers\"");
    String code = issueCode();
    assertThat(say(TEAMS_MOD, TEAMS, "community link " + code).outcome()).isEqualTo(Outcome.OK);
    ChannelRef third = ChannelRef.of(Platform.SLACK, "T1", "C3");
    assertThat(say(SLACK_MOD, third, "community link " + code).outcome())
        .isEqualTo(Outcome.NOT_FOUND);

    String expiring = issueCode();
    clock.advance(Duration.ofHours(25));
    CommandReply late = say(SLACK_MOD, third, "community link " + expiring);
    assertThat(late.outcome()).isEqualTo(Outcome.NOT_FOUND);
    assertThat(late.text()).contains("unknown, used or expired");
    assertThat(ports.communities().findByChannel(third)).isEmpty();
  }

  @Test
  void onlyModeratorsIssueCodesAndMalformedCodesNameTheWord() {
    say(SLACK_MOD, SLACK, "community create \"Science Teachers\"");
    UserRef member = UserRef.of(Platform.SLACK, "T1", "UMEM");
    say(member, SLACK, "community join");
    assertThat(say(member, SLACK, "community link").outcome()).isEqualTo(Outcome.DENIED);
    CommandReply bad = say(TEAMS_MOD, TEAMS, "community link 0OIL-1234");
    assertThat(bad.outcome()).isEqualTo(Outcome.USAGE_ERROR);
    assertThat(bad.text()).contains("0OIL-1234").contains("not a link code");
    assertThat(say(TEAMS_MOD, SLACK, "community link ABCD-EFGH").text())
        .contains("already belongs");
  }
}
