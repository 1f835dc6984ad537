package dev.rituals.teams;

import static dev.rituals.teams.Activities.GENERAL;
import static dev.rituals.teams.Activities.GENERAL_CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.service.AnswerService;
import dev.rituals.core.service.MembershipService;
import dev.rituals.core.service.OccurrenceService;
import dev.rituals.core.service.OutboxSender;
import dev.rituals.core.service.OutboxSignal;
import dev.rituals.core.service.Ports;
import dev.rituals.core.service.ReportService;
import dev.rituals.core.service.commands.CommandService;
import dev.rituals.core.service.commands.ScheduleFormService;
import dev.rituals.core.testing.InMemoryPorts;
import dev.rituals.core.testing.MutableClock;
import dev.rituals.core.testing.RecordingChatGateway;
import dev.rituals.core.testing.RecordingScheduler;
import dev.rituals.core.usecase.CommandRequest;
import dev.rituals.core.usecase.IncomingMessage;
import dev.rituals.core.usecase.ParticipationReport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A community's whole week in Teams, with core's real services (in-memory ports) behind the real
 * Bot Framework adapter: install, create the community, schedule by card, fire, the prompt card
 * reaches the channel proactively after a restart, members answer by card and by reply, and the
 * report counts both.
 */
class TeamsEndToEndTest {
  private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");
  private static final Instant FRIDAY_0730_LONDON = Instant.parse("2026-03-06T07:30:00Z");

  private final MutableClock clock = new MutableClock(MONDAY);
  private final Ports ports = InMemoryPorts.create();
  private final RecordingScheduler scheduler = new RecordingScheduler();
  private final OccurrenceService occurrences =
      new OccurrenceService(ports, scheduler, clock, OutboxSignal.NONE);
  private final ReportService reports = new ReportService(ports);
  private final CommandService commands = new CommandService(ports, scheduler, occurrences, clock);
  private TeamsTestApp app;

  @BeforeEach
  void start() throws Exception {
    TeamsUseCases core =
        new TeamsUseCases(
            commands,
            new ScheduleFormService(ports, scheduler, clock),
            new AnswerService(ports, clock),
            new MembershipService(ports, clock, OutboxSignal.NONE),
            reports,
            Optional.empty(),
            Optional.of(ports.inboundEvents()));
    app = new TeamsTestApp(TeamsSettings.local(), clock, core);
  }

  @AfterEach
  void stop() throws Exception {
    app.close();
  }

  @Test
  void promptScheduledByCardIsAnsweredByCardAndReplyAndCounted() throws Exception {
    app.post(app.activities.teamInstall());
    assertThat(lastText()).contains("@Rituals help");

    app.post(app.activities.mention("community create \"Science Teachers\""));
    assertThat(lastText()).contains("Science Teachers", "moderator");

    app.post(app.activities.mention("schedule add"));
    JsonNode form = lastCall().body().path("attachments").get(0).path("content");
    assertThat(form.path("body").toString()).contains("\"id\":\"days\"", "\"id\":\"time\"");

    app.post(app.activities.submit(scheduleForm(), "card-1", "root-1"));
    FakeBotConnector.Call saved = lastCall();
    assertThat(saved.method()).isEqualTo("PUT");
    assertThat(saved.body().path("attachments").get(0).path("content").toString())
        .contains("Ritual added");
    assertThat(scheduler.scheduled()).hasSize(1);
    RitualId ritual = scheduler.scheduled().keySet().iterator().next();

    // The app restarts before Friday: only the database remembers the channel.
    app.restart();
    clock.set(FRIDAY_0730_LONDON);
    assertThat(occurrences.fire(ritual, FRIDAY_0730_LONDON)).isPresent();
    app.connector.clear();
    assertThat(new OutboxSender(ports, List.of(app.gateway()), clock).drain()).isEqualTo(1);

    FakeBotConnector.Call posted = lastCall();
    assertThat(posted.path()).isEqualTo("/v3/conversations/" + GENERAL + "/activities");
    JsonNode card = posted.body().path("attachments").get(0).path("content");
    assertThat(card.toString()).contains("Q1", "What surprised you this week?");
    String promptId = card.path("actions").get(0).path("data").path("promptId").asText();
    String promptMessage = app.connector.lastId();

    clock.set(FRIDAY_0730_LONDON.plusSeconds(3600));
    ObjectNode answer = Activities.object();
    answer.put("rituals", "answer").put("promptId", promptId).put("answer", "Exit tickets");
    app.post(
        Activities.from(
            app.activities.submit(answer, promptMessage, promptMessage), "29:bob", "Bob Brown"));
    assertThat(lastText()).isEqualTo("**Bob Brown** answered:\n\nExit tickets");

    app.post(app.activities.channelMessage("Think-pair-share, every lesson", promptMessage));

    Community community = ports.communities().findByChannel(GENERAL_CHANNEL).orElseThrow();
    ParticipationReport report =
        reports.report(
            community.id(), new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
    assertThat(report.totalAnswers()).isEqualTo(2);
    assertThat(report.members())
        .extracting(ParticipationReport.MemberLine::displayName)
        .containsExactlyInAnyOrder("Bob Brown", "Alice Adams");

    app.post(app.activities.mention("report this-month"));
    assertThat(lastCall().body().path("attachments").get(0).path("content").toString())
        .contains("\"title\":\"Answers\",\"value\":\"2\"");
  }

  @Test
  void oneCommunityInSlackAndTeamsPostsToBothAndCountsAnswersFromBoth() throws Exception {
    UserRef slackModerator = UserRef.of(Platform.SLACK, "T-SLACK", "U-MOD");
    ChannelRef slackChannel = ChannelRef.of(Platform.SLACK, "T-SLACK", "C-SCIENCE");
    slack(slackModerator, slackChannel, "community create \"Science Teachers\"");
    String link = slack(slackModerator, slackChannel, "community link");
    Matcher code = Pattern.compile("[A-Z0-9]{4}-[A-Z0-9]{4}").matcher(link);
    assertThat(code.find()).as(link).isTrue();

    app.post(app.activities.teamInstall());
    app.post(app.activities.mention("community link " + code.group()));
    assertThat(lastText()).contains("now meets with **Science Teachers**");
    slack(
        slackModerator,
        slackChannel,
        "schedule add weekly fri 07:30 Europe/London \"What surprised you this week?\"");
    RitualId ritual = scheduler.scheduled().keySet().iterator().next();

    clock.set(FRIDAY_0730_LONDON);
    occurrences.fire(ritual, FRIDAY_0730_LONDON);
    app.connector.clear();
    RecordingChatGateway slackGateway = new RecordingChatGateway(Platform.SLACK);
    new OutboxSender(ports, List.of(slackGateway, app.gateway()), clock).drain();

    assertThat(slackGateway.sent()).hasSize(1);
    FakeBotConnector.Call teamsPost = lastCall();
    assertThat(teamsPost.path()).isEqualTo("/v3/conversations/" + GENERAL + "/activities");
    String promptId =
        teamsPost
            .body()
            .path("attachments")
            .get(0)
            .path("content")
            .path("actions")
            .get(0)
            .path("data")
            .path("promptId")
            .asText();

    ObjectNode answer = Activities.object();
    answer.put("rituals", "answer").put("promptId", promptId).put("answer", "Exit tickets");
    app.post(app.activities.submit(answer, app.connector.lastId(), app.connector.lastId()));
    MessageRef slackPrompt = slackGateway.sent().get(0).ref();
    new AnswerService(ports, clock)
        .onMessage(
            new IncomingMessage(
                UserRef.of(Platform.SLACK, "T-SLACK", "U-ANA"),
                "Ana",
                "Think-pair-share",
                new MessageRef(slackChannel, "1772781000.000200"),
                Optional.of(slackPrompt),
                "C-SCIENCE:1772781000.000200",
                clock.instant()));

    Community community = ports.communities().findByChannel(GENERAL_CHANNEL).orElseThrow();
    assertThat(community.channels()).containsExactlyInAnyOrder(slackChannel, GENERAL_CHANNEL);
    ParticipationReport report =
        reports.report(
            community.id(), new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
    assertThat(report.totalAnswers()).isEqualTo(2);
    assertThat(report.members())
        .extracting(ParticipationReport.MemberLine::displayName)
        .containsExactlyInAnyOrder("Alice Adams", "Ana");
  }

  private String slack(UserRef user, ChannelRef channel, String text) {
    return commands
        .handle(
            new CommandRequest(
                user, "Moderator", Optional.of(channel), text, false, Optional.empty()))
        .text();
  }

  @Test
  void aCommandTeamsDeliversTwiceRunsOnce() throws Exception {
    app.post(app.activities.teamInstall());
    ObjectNode create = app.activities.mention("community create \"Science Teachers\"");
    app.post(create);
    app.connector.clear();

    app.post(create);

    assertThat(app.connector.messages()).isEmpty();
    assertThat(ports.communities().findByChannel(GENERAL_CHANNEL)).isPresent();
  }

  @Test
  void nonModeratorsCannotAddARitualByCommandOrByCard() throws Exception {
    app.post(app.activities.teamInstall());
    app.post(app.activities.mention("community create \"Science Teachers\""));

    app.post(Activities.from(app.activities.mention("schedule add"), "29:bob", "Bob Brown"));
    assertThat(lastCall().body().has("attachments")).isFalse();
    assertThat(lastText()).contains("Only moderators");

    app.post(
        Activities.from(
            app.activities.submit(scheduleForm(), "card-1", "root-1"), "29:bob", "Bob Brown"));
    assertThat(lastText()).contains("Only moderators");
    assertThat(scheduler.scheduled()).isEmpty();
  }

  private FakeBotConnector.Call lastCall() {
    List<FakeBotConnector.Call> calls = app.connector.messages();
    assertThat(calls).isNotEmpty();
    return calls.get(calls.size() - 1);
  }

  private String lastText() {
    return lastCall().body().path("text").asText();
  }

  private static ObjectNode scheduleForm() {
    ObjectNode value = Activities.object();
    value.put("rituals", "schedule_add");
    value.put("kind", "prompt");
    value.put("days", "fri");
    value.put("time", "07:30");
    value.put("zone", "Europe/London");
    value.put("question", "What surprised you this week?");
    value.put("window", "3d");
    return value;
  }
}
