package dev.rituals.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.AnswerSource;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.Prompt;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.service.AnswerService;
import dev.rituals.core.service.ArchiveService;
import dev.rituals.core.service.OccurrenceService;
import dev.rituals.core.service.OutboxSender;
import dev.rituals.core.service.OutboxSignal;
import dev.rituals.core.service.Ports;
import dev.rituals.core.service.commands.CommandService;
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
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation on a real database: two Slack workspaces (and a Teams tenant) that happen to use
 * the same channel, user and message ids. Every id one tenant can see (community, occurrence and
 * archive ids, prompt ids, answer source keys, link codes) is tried from the other, through the
 * real services on the jOOQ repositories; nothing resolves, nothing is revealed, nothing changes.
 */
abstract class TenantIsolationContract extends DatabaseContract {
  static final ChannelRef A_CHANNEL = ChannelRef.of(Platform.SLACK, "TAAA", "C1");
  static final ChannelRef B_CHANNEL = ChannelRef.of(Platform.SLACK, "TBBB", "C1");
  static final ChannelRef TEAMS_CHANNEL = ChannelRef.of(Platform.TEAMS, "tenant-b", "19:c1");
  static final UserRef A_MOD = UserRef.of(Platform.SLACK, "TAAA", "U1");
  static final UserRef A_TEACHER = UserRef.of(Platform.SLACK, "TAAA", "U2");
  static final UserRef B_MOD = UserRef.of(Platform.SLACK, "TBBB", "U1");
  static final UserRef B_TEACHER = UserRef.of(Platform.SLACK, "TBBB", "U2");
  static final UserRef TEAMS_MOD = UserRef.of(Platform.TEAMS, "tenant-b", "29:mod");
  static final Pattern ID = Pattern.compile("id `([0-9a-f]{8})`");
  static final Pattern CODE = Pattern.compile("\\*([2-9A-Z]{4}-[2-9A-Z]{4})\\*");

  Ports ports;
  MutableClock clock;
  RecordingChatGateway slack;
  CommandService commands;
  AnswerService answers;
  OutboxSender sender;

  @BeforeEach
  void twoWorkspacesWithTheSameChannelId() {
    ports = repositories.ports();
    clock = new MutableClock(Instant.parse("2026-11-23T15:00:00Z"));
    RecordingScheduler scheduler = new RecordingScheduler();
    OccurrenceService occurrences =
        new OccurrenceService(ports, scheduler, clock, OutboxSignal.NONE);
    commands = new CommandService(ports, scheduler, occurrences, clock);
    answers = new AnswerService(ports, clock);
    slack = new RecordingChatGateway(Platform.SLACK);
    sender =
        new OutboxSender(ports, List.of(slack, new RecordingChatGateway(Platform.TEAMS)), clock);
    ok(A_MOD, A_CHANNEL, "community create \"Alpha Secret Circle\"");
    ok(A_MOD, A_CHANNEL, "ask now \"Alpha private question?\"");
    sender.drain();
    clock.advance(Duration.ofMinutes(5));
  }

  @Test
  void theSameChannelIdInAnotherWorkspaceIsAnotherChannel() {
    assertThat(ports.communities().findByChannel(B_CHANNEL)).isEmpty();
    for (String command : List.of("community info", "schedule list", "archive", "report")) {
      CommandReply reply = say(B_MOD, B_CHANNEL, command);
      assertThat(reply.outcome()).as(command).isEqualTo(Outcome.NOT_FOUND);
      assertThat(reply.text()).as(command).doesNotContain("Alpha");
    }
    ok(B_MOD, B_CHANNEL, "community create \"Beta Group\"");
    assertThat(say(B_MOD, B_CHANNEL, "community info").text())
        .contains("Beta Group")
        .doesNotContain("Alpha");
    assertThat(ports.communities().findByChannel(A_CHANNEL).orElseThrow().name())
        .isEqualTo("Alpha Secret Circle");
  }

  @Test
  void archiveIdsAndPositionsOfOneWorkspaceDoNotResolveInAnother() {
    String archive = say(A_MOD, A_CHANNEL, "archive").text();
    Matcher id = ID.matcher(archive);
    assertThat(id.find()).as(archive).isTrue();
    assertThat(say(A_MOD, A_CHANNEL, "archive export " + id.group(1)).text())
        .contains("Alpha private question?");

    ok(B_MOD, B_CHANNEL, "community create \"Beta Group\"");
    for (String ref : List.of(id.group(1), id.group(1).substring(0, 4), "1")) {
      CommandReply reply = say(B_MOD, B_CHANNEL, "archive export " + ref);
      assertThat(reply.outcome()).as(ref).isEqualTo(Outcome.NOT_FOUND);
      assertThat(reply.text()).doesNotContain("Alpha");
    }
    Community alpha = ports.communities().findByChannel(A_CHANNEL).orElseThrow();
    Community beta = ports.communities().findByChannel(B_CHANNEL).orElseThrow();
    Occurrence occurrence =
        new ArchiveService(ports).occurrences(alpha.id(), clock.instant()).get(0);
    // The transcript use case (App Home, exports) is keyed by the asker's community too.
    assertThat(new ArchiveService(ports).transcript(beta.id(), occurrence.id())).isEmpty();
    assertThat(new ArchiveService(ports).transcript(alpha.id(), occurrence.id())).isPresent();
  }

  @Test
  void promptIdsAndMessageRefsOfOneWorkspaceTakeNoAnswersFromAnother() {
    MessageRef alphaPrompt = slack.sent().get(0).ref();
    Prompt prompt = ports.occurrences().findPromptByMessage(alphaPrompt).orElseThrow();
    ok(B_MOD, B_CHANNEL, "community create \"Beta Group\"");

    // A thread reply in workspace B under a message with the same ts as A's prompt.
    MessageRef sameTsInB = new MessageRef(B_CHANNEL, alphaPrompt.messageId());
    assertThat(ports.occurrences().findPromptByMessage(sameTsInB)).isEmpty();
    IncomingMessage reply =
        new IncomingMessage(
            B_TEACHER,
            "Bea",
            "cross-tenant thread reply",
            new MessageRef(B_CHANNEL, "9.1"),
            Optional.of(sameTsInB),
            "C1:9.1",
            clock.instant());
    assertThat(answers.onMessage(reply))
        .isNotIn(AnswerOutcome.RECORDED, AnswerOutcome.RECORDED_LATE);
    // A card or modal submit naming A's prompt id, from a person of workspace B or a Teams tenant.
    for (UserRef outsider : List.of(B_TEACHER, TEAMS_MOD)) {
      assertThat(
              answers.onSubmit(
                  prompt.id(),
                  outsider,
                  "Out",
                  "cross-tenant submit",
                  AnswerSource.MODAL,
                  "submit-" + outsider.userId(),
                  clock.instant()))
          .isEqualTo(AnswerOutcome.IGNORED);
    }
    assertThat(ports.answers().findByOccurrence(prompt.occurrenceId())).isEmpty();
    Community alpha = ports.communities().findByChannel(A_CHANNEL).orElseThrow();
    assertThat(ports.members().findByCommunity(alpha.id()))
        .extracting(m -> m.user().tenant())
        .containsOnly(A_MOD.tenant());
  }

  @Test
  void answerEditsAndDeletesOnlyReachAnswersOfTheSameWorkspace() {
    MessageRef alphaPrompt = slack.sent().get(0).ref();
    IncomingMessage answer =
        new IncomingMessage(
            A_TEACHER,
            "Ana",
            "original answer",
            new MessageRef(A_CHANNEL, "7.7"),
            Optional.of(alphaPrompt),
            "C1:7.7",
            clock.instant());
    assertThat(answers.onMessage(answer)).isEqualTo(AnswerOutcome.RECORDED);

    // Workspace B has a message with the same channel and ts: the same source key.
    assertThat(answers.onEdit(B_MOD.tenant(), "C1:7.7", "hijacked", clock.instant()))
        .isEqualTo(AnswerOutcome.IGNORED);
    assertThat(answers.onDelete(B_MOD.tenant(), "C1:7.7")).isEqualTo(AnswerOutcome.IGNORED);
    assertThat(ports.answers().findBySourceKey(B_MOD.tenant(), "C1:7.7")).isEmpty();
    var stored = ports.answers().findBySourceKey(A_TEACHER.tenant(), "C1:7.7").orElseThrow();
    assertThat(stored.text()).isEqualTo("original answer");
    assertThat(stored.retracted()).isFalse();

    assertThat(answers.onEdit(A_TEACHER.tenant(), "C1:7.7", "edited", clock.instant()))
        .isEqualTo(AnswerOutcome.UPDATED);
  }

  @Test
  void reportsOfAnotherWorkspaceNeverIncludeThisOnesPeople() {
    MessageRef alphaPrompt = slack.sent().get(0).ref();
    answers.onMessage(
        new IncomingMessage(
            A_TEACHER,
            "Ana Alpha",
            "answer",
            new MessageRef(A_CHANNEL, "7.8"),
            Optional.of(alphaPrompt),
            "C1:7.8",
            clock.instant()));
    ok(B_MOD, B_CHANNEL, "community create \"Beta Group\"");
    CommandReply report = say(B_MOD, B_CHANNEL, "report");
    assertThat(report.outcome()).isEqualTo(Outcome.OK);
    assertThat(report.text()).doesNotContain("Ana Alpha").doesNotContain("Alpha private");
    assertThat(say(A_MOD, A_CHANNEL, "report").text()).contains("Ana Alpha");
  }

  @Test
  void aLinkCodeIsAOneTimeCapabilityAndRevealsNothingWhenItDoesNotWork() {
    String text = say(A_MOD, A_CHANNEL, "community link").text();
    Matcher m = CODE.matcher(text);
    assertThat(m.find()).as(text).isTrue();
    String code = m.group(1);

    // Not a community id: an unknown code names nothing.
    CommandReply unknown = say(B_MOD, B_CHANNEL, "community link ZZZZ-ZZZZ");
    assertThat(unknown.outcome()).isEqualTo(Outcome.NOT_FOUND);
    assertThat(unknown.text()).doesNotContain("Alpha");
    assertThat(ports.communities().findByChannel(B_CHANNEL)).isEmpty();

    // The moderator hands the code to a Teams channel on purpose: it links once.
    assertThat(say(TEAMS_MOD, TEAMS_CHANNEL, "community link " + code).outcome())
        .isEqualTo(Outcome.OK);
    // Seen by anyone else afterwards (another workspace), it is spent and names nothing.
    CommandReply reused = say(B_MOD, B_CHANNEL, "community link " + code);
    assertThat(reused.outcome()).isEqualTo(Outcome.NOT_FOUND);
    assertThat(reused.text()).doesNotContain("Alpha");
    assertThat(ports.communities().findByChannel(B_CHANNEL)).isEmpty();
    assertThat(ports.communities().findByChannel(TEAMS_CHANNEL).orElseThrow().name())
        .isEqualTo("Alpha Secret Circle");
  }

  private CommandReply say(UserRef who, ChannelRef where, String text) {
    return commands.handle(
        new CommandRequest(who, who.userId(), Optional.of(where), text, false, Optional.empty()));
  }

  private void ok(UserRef who, ChannelRef where, String text) {
    CommandReply reply = say(who, where, text);
    assertThat(reply.outcome()).as(text + " → " + reply.text()).isEqualTo(Outcome.OK);
  }
}
