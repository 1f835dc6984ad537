package dev.rituals.slack;

import static dev.rituals.slack.Payloads.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.rituals.core.model.Answer;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.Prompt;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.service.AnswerService;
import dev.rituals.core.service.HomeService;
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
import dev.rituals.core.testing.RecordingScheduler;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole story through Slack with the real core services on in-memory ports: a moderator creates
 * a community and a weekly ritual, it fires into the channel, members answer in the thread, with
 * "A1 ..." and through the modal, and {@code /rituals report} shows it.
 */
class RealCoreEndToEndTest {
  private static final TenantRef TEAM = new TenantRef(Platform.SLACK, FakeSlackApi.TEAM);
  private static final String CHANNEL = "C0MATHS";
  private static final Instant FRIDAY_7AM = Instant.parse("2026-03-06T07:00:00Z");

  private final Ports ports = InMemoryPorts.create();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
  private final RecordingScheduler scheduler = new RecordingScheduler();
  private final OccurrenceService occurrences =
      new OccurrenceService(ports, scheduler, clock, OutboxSignal.NONE);
  private SlackTestApp slack;
  private OutboxSender outbox;

  @BeforeEach
  void start() throws Exception {
    slack =
        new SlackTestApp(
            clock,
            app ->
                new SlackCore(
                    new CommandService(ports, scheduler, occurrences, clock),
                    new ScheduleFormService(ports, scheduler, clock),
                    new AnswerService(ports, clock),
                    new MembershipService(ports, clock, OutboxSignal.NONE),
                    new ReportService(ports),
                    Optional.of(new HomeService(ports, scheduler, clock)),
                    ports.inboundEvents()));
    slack.api.userName("U1DANA", "Dana");
    slack.api.userName("U2SAM", "Sam");
    slack.api.userName("U3LEE", "Lee");
    outbox = new OutboxSender(ports, List.of(slack.module.chatGateway()), clock);
  }

  @AfterEach
  void stop() throws Exception {
    slack.close();
  }

  @Test
  void weeklyRitualFiresIntoSlackMembersAnswerThreeWaysAndTheReportShowsIt() throws Exception {
    assertThat(say("U1DANA", "community create \"Maths teachers\"")).contains("Maths teachers");
    say("U1DANA", "schedule add weekly fri 07:00 UTC \"What did you try this week?\"");
    Ritual ritual = ports.rituals().findAllActive().get(0);

    // Sam joins the channel: core welcomes him by DM through the outbox and our gateway.
    slack.event(
        envelope(
            "EvJoin",
            Payloads.event("member_joined_channel", Map.of("user", "U2SAM", "channel", CHANNEL))));
    await().until(() -> ports.members().findByUser(user("U2SAM")).size() == 1);
    outbox.drain();
    assertThat(slack.api.calls("conversations.open"))
        .extracting(c -> c.param("users"))
        .contains("U2SAM");

    // Friday 07:00: the occurrence fires and the prompt is posted into the channel.
    clock.set(FRIDAY_7AM);
    Occurrence occurrence = occurrences.fire(ritual.id(), FRIDAY_7AM).orElseThrow();
    outbox.drain();
    FakeSlackApi.Call posted =
        slack.api.calls("chat.postMessage").stream()
            .filter(c -> CHANNEL.equals(c.param("channel")))
            .findFirst()
            .orElseThrow();
    assertThat(posted.param("blocks"))
        .contains("*Q1*  What did you try this week?", "answer_prompt");
    Prompt prompt = ports.occurrences().findPrompts(occurrence.id()).get(0);
    MessageRef promptMessage = ports.occurrences().findPromptMessages(prompt.id()).get(0);

    // 1. Sam replies in the prompt's thread; Slack delivers it twice.
    String samTs = ts(FRIDAY_7AM.plus(Duration.ofHours(1)));
    String samReply =
        envelope(
            "EvSam",
            Payloads.threadReply(
                CHANNEL,
                "U2SAM",
                "Exit tickets on sticky notes",
                samTs,
                promptMessage.messageId()));
    slack.event(samReply);
    slack.event(samReply, "X-Slack-Retry-Num", "1");
    // 2. Lee answers in the channel with "A1 ...", then fixes a typo.
    String leeTs = ts(FRIDAY_7AM.plus(Duration.ofHours(2)));
    slack.event(
        envelope("EvLee", Payloads.message(CHANNEL, "U3LEE", "A1 mini whiteboards", leeTs)));
    await()
        .until(
            () ->
                answer(CHANNEL + ":" + samTs).isPresent()
                    && answer(CHANNEL + ":" + leeTs).isPresent());
    slack.event(
        envelope(
            "EvLeeEdit",
            Payloads.edited(
                CHANNEL, "U3LEE", leeTs, "A1 mini whiteboards", "A1 mini whiteboards, daily")));
    // 3. Dana clicks "Answer" and submits the modal.
    clock.set(FRIDAY_7AM.plus(Duration.ofHours(3)));
    JsonObject promptMessageJson = new JsonObject();
    promptMessageJson.addProperty("type", "message");
    promptMessageJson.addProperty("ts", promptMessage.messageId());
    promptMessageJson.add("blocks", JsonParser.parseString(posted.param("blocks")));
    slack.interaction(
        Payloads.blockAction("answer_prompt", prompt.id().toString(), promptMessageJson, CHANNEL));
    await().until(() -> !slack.api.calls("views.open").isEmpty());
    JsonObject modal = slack.api.calls("views.open").get(0).json("view");
    JsonObject values = Payloads.put(new JsonObject(), "answer", Payloads.text("Think-pair-share"));
    HttpResponse<String> submitted =
        slack.interaction(
            Payloads.viewSubmission(
                modal.get("callback_id").getAsString(),
                "V0DANA",
                modal.get("private_metadata").getAsString(),
                values));
    assertThat(submitted.body()).isEmpty();

    await()
        .until(() -> answer(CHANNEL + ":" + leeTs).map(Answer::text).orElse("").endsWith("daily"));
    List<Answer> answers = ports.answers().findByOccurrence(occurrence.id());
    assertThat(answers)
        .extracting(a -> a.author().userId() + ": " + a.text() + " (" + a.source() + ")")
        .containsExactlyInAnyOrder(
            "U2SAM: Exit tickets on sticky notes (THREAD)",
            "U3LEE: mini whiteboards, daily (NUMBERED)",
            "U1DANA: Think-pair-share (MODAL)");

    String report = say("U1DANA", "report");
    assertThat(report).contains("Answers: 3 from 3 people", "Sam: 1", "Lee: 1", "Dana: 1");
  }

  @Test
  void scheduleFormOpensFromTheCommandAndSavesOnlyValidInput() throws Exception {
    say("U1DANA", "community create \"Maths teachers\"");

    HttpResponse<String> opened = slack.command("schedule add", CHANNEL, "U1DANA");
    assertThat(opened.body()).isEmpty();
    await().until(() -> !slack.api.calls("views.open").isEmpty());
    JsonObject modal = slack.api.calls("views.open").get(0).json("view");

    HttpResponse<String> invalid = slack.interaction(scheduleForm(modal, "Mars/Base"));
    JsonObject errors = JsonParser.parseString(invalid.body()).getAsJsonObject();
    assertThat(errors.get("response_action").getAsString()).isEqualTo("errors");
    assertThat(errors.getAsJsonObject("errors").keySet()).containsExactly("zone");
    assertThat(ports.rituals().findAllActive()).isEmpty();

    HttpResponse<String> valid = slack.interaction(scheduleForm(modal, "Europe/Berlin"));
    assertThat(valid.body()).isEmpty();
    Ritual ritual = ports.rituals().findAllActive().get(0);
    assertThat(ritual.schedule().days())
        .containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    assertThat(ritual.schedule().time()).isEqualTo(LocalTime.of(7, 0));
    assertThat(ritual.schedule().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(ritual.fixedQuestion()).contains("What did you try this week?");
    await().until(() -> !slack.api.calls("chat.postEphemeral").isEmpty());
  }

  private static String scheduleForm(JsonObject modal, String zone) {
    JsonObject values = new JsonObject();
    Payloads.put(values, "kind", Payloads.selected("static_select", "prompt"));
    Payloads.put(values, "days", Payloads.checked("mon", "fri"));
    Payloads.put(values, "time", Payloads.time("07:00"));
    Payloads.put(values, "zone", Payloads.text(zone));
    Payloads.put(values, "question", Payloads.text("What did you try this week?"));
    return Payloads.viewSubmission(
        modal.get("callback_id").getAsString(),
        "V0FORM",
        modal.get("private_metadata").getAsString(),
        values);
  }

  @Test
  void aMemberWhoIsNotAModeratorCannotAddARitual() throws Exception {
    say("U1DANA", "community create \"Maths teachers\"");
    say("U2SAM", "community join");

    String reply = say("U2SAM", "schedule add weekly fri 07:00 UTC \"Sneaky question\"");

    assertThat(reply).containsIgnoringCase("moderator");
    assertThat(ports.rituals().findAllActive()).isEmpty();
  }

  /** Types a /rituals command and returns the ephemeral reply text. */
  private String say(String userId, String text) throws Exception {
    HttpResponse<String> response = slack.command(text, CHANNEL, userId);
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
    assertThat(body.get("response_type").getAsString()).isEqualTo("ephemeral");
    return body.get("text").getAsString();
  }

  private Optional<Answer> answer(String sourceKey) {
    return ports.answers().findBySourceKey(TEAM, sourceKey);
  }

  private static UserRef user(String id) {
    return new UserRef(TEAM, id);
  }

  /** A Slack ts for a moment: seconds.microseconds. */
  private static String ts(Instant at) {
    return at.getEpochSecond() + ".000100";
  }
}
