package dev.rituals.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.Ritual;
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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ritual engine through Slack's real request path with the real core on in-memory ports: the
 * recording scheduler plays Quartz, running each due step when the test moves the clock, and the
 * outbox sender delivers through the Slack gateway to the fake Web API.
 */
class RitualKindsEndToEndTest {
  static final String CHANNEL = "C0MATHS";

  final Ports ports = InMemoryPorts.create();
  final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
  final RecordingScheduler scheduler = new RecordingScheduler();
  final OccurrenceService occurrences =
      new OccurrenceService(ports, scheduler, clock, OutboxSignal.NONE);
  SlackTestApp slack;
  OutboxSender outbox;

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
    outbox = new OutboxSender(ports, List.of(slack.module.chatGateway()), clock);
    say("U1DANA", CHANNEL, "community create \"Maths teachers\"");
    clock.advance(java.time.Duration.ofMinutes(1));
    say("U2SAM", CHANNEL, "community join");
    say("U1DANA", CHANNEL, "questions add \"Which routine saves you the most time?\"");
    say("U1DANA", CHANNEL, "questions add \"What did a student teach you?\"");
  }

  @AfterEach
  void stop() throws Exception {
    slack.close();
  }

  @Test
  void theRotatingHostIsInvitedByDirectMessageAndTheirSlashCommandQuestionOpensTheRound()
      throws Exception {
    say("U1DANA", CHANNEL, "schedule add weekly fri 07:00 UTC bank");
    assertThat(say("U1DANA", CHANNEL, "schedule host 1 on lead 3d deadline 1d"))
        .contains("rotating host")
        .contains("Fri 6 Mar, 07:00 UTC");
    Ritual ritual = ports.rituals().findAllActive().get(0);

    moveTo(Instant.parse("2026-03-03T07:00:00Z"));
    assertThat(slack.api.calls("conversations.open"))
        .extracting(c -> c.param("users"))
        .containsExactly("U1DANA");
    FakeSlackApi.Call invitation = postedTo("DU1DANA").get(0);
    assertThat(invitation.param("text"))
        .contains("your turn to host")
        .contains("/rituals host question")
        .contains("1. Which routine saves you the most time?");

    // Dana answers with the slash command in the bot's direct chat.
    assertThat(say("U1DANA", "DU1DANA", "host question \"What made a lesson click this week?\""))
        .contains("Thank you");

    moveTo(Instant.parse("2026-03-06T07:00:00Z"));
    Occurrence occurrence =
        occurrences.fire(ritual.id(), Instant.parse("2026-03-06T07:00:00Z")).orElseThrow();
    outbox.drain();
    assertThat(postedTo(CHANNEL))
        .extracting(c -> c.param("blocks"))
        .anyMatch(b -> b.contains("*Q1*  What made a lesson click this week?"));
    assertThat(ports.hostings().find(ritual.id(), occurrence.scheduledFor()).orElseThrow().hosted())
        .isTrue();

    // The next round's host is Sam, who picks a bank question by its number.
    moveTo(Instant.parse("2026-03-10T07:00:00Z"));
    assertThat(postedTo("DU2SAM")).hasSize(1);
    assertThat(say("U2SAM", "DU2SAM", "host pick 2")).contains("What did a student teach you?");
  }

  @Test
  void aPromptIsAnsweredInItsThreadAndTheRecapClosesIt() throws Exception {
    say("U1DANA", CHANNEL, "schedule add weekly fri 07:00 UTC bank window 1d");
    Occurrence occurrence = fire(Instant.parse("2026-03-06T07:00:00Z"));
    assertThat(postedTo(CHANNEL)).hasSize(1); // the prompt alone: no welcome
    assertThat(postedTo(CHANNEL).get(0).param("blocks"))
        .contains("*Q1*  Which routine saves you the most time?");

    reply("EvSam", "U2SAM", "Color-coded folders", "2026-03-06T09:00:00Z", question(occurrence, 1));
    awaitAnswers(occurrence, 1);
    moveTo(occurrence.closesAt());

    assertThat(lastPostTo(CHANNEL).param("text"))
        .contains("has closed: 1 person shared 1 answer")
        .contains("Sam");

    // The transcript is kept: listed in the archive and exported grouped by question.
    assertThat(say("U2SAM", CHANNEL, "archive")).contains("Which routine saves you the most time?");
    assertThat(say("U2SAM", CHANNEL, "archive export 1"))
        .contains("Which routine saves you the most time?")
        .contains("Color-coded folders");
  }

  @Test
  void aLiveChatPostsQuestionsEveryEightMinutesTakesA2AndThreadAnswersAndRecaps() throws Exception {
    say("U1DANA", CHANNEL, "questions add \"What will you try next week?\"");
    say(
        "U1DANA",
        CHANNEL,
        "schedule add live-chat thu 19:00 UTC bank questions 3 every 8m window 30m");
    Instant seven = Instant.parse("2026-03-05T19:00:00Z");
    Occurrence occurrence = fire(seven);
    assertThat(postedTo(CHANNEL)).hasSize(2); // the welcome and Q1
    assertThat(postedTo(CHANNEL).get(0).param("text")).contains("live chat");

    moveTo(seven.plusSeconds(8 * 60 - 1));
    assertThat(postedTo(CHANNEL)).hasSize(2);
    moveTo(seven.plusSeconds(8 * 60));
    assertThat(postedTo(CHANNEL).get(2).param("blocks")).contains("*Q2*");
    Instant tenPast = seven.plusSeconds(10 * 60);
    clock.set(tenPast);
    slack.event(
        Payloads.envelope(
            "EvSamA2",
            Payloads.message(
                CHANNEL,
                "U2SAM",
                "A2 a student explained it to me",
                tenPast.getEpochSecond() + ".000200")));
    reply(
        "EvDanaQ1", "U1DANA", "Mini whiteboards", "2026-03-05T19:11:00Z", question(occurrence, 1));
    awaitAnswers(occurrence, 2);
    moveTo(seven.plusSeconds(16 * 60));
    assertThat(postedTo(CHANNEL).get(3).param("blocks")).contains("*Q3*");
    moveTo(occurrence.closesAt());

    assertThat(ports.answers().findByOccurrence(occurrence.id()))
        .extracting(a -> a.author().userId() + " Q" + prompt(a.promptId()))
        .containsExactlyInAnyOrder("U2SAM Q2", "U1DANA Q1");
    assertThat(postedTo(CHANNEL)).hasSize(5);
    assertThat(lastPostTo(CHANNEL).param("text")).contains("has closed: 2 people shared 2 answers");
  }

  @Test
  void aSlowChatPostsOneQuestionADayEachWithItsThreadThenRecaps() throws Exception {
    say("U1DANA", CHANNEL, "questions add \"What will you try next week?\"");
    say("U1DANA", CHANNEL, "schedule add slow-chat mon 08:00 UTC bank days 3");
    Instant monday = Instant.parse("2026-03-09T08:00:00Z");
    Occurrence occurrence = fire(monday);
    assertThat(postedTo(CHANNEL).get(0).param("text")).contains("slow chat");
    assertThat(postedTo(CHANNEL)).hasSize(2);

    moveTo(monday.plus(java.time.Duration.ofDays(1)));
    assertThat(postedTo(CHANNEL)).hasSize(3);
    reply("EvSamQ2", "U2SAM", "Peer feedback", "2026-03-10T12:00:00Z", question(occurrence, 2));
    awaitAnswers(occurrence, 1);
    moveTo(monday.plus(java.time.Duration.ofDays(2)));
    assertThat(postedTo(CHANNEL).get(3).param("blocks")).contains("*Q3*");
    moveTo(occurrence.closesAt());

    assertThat(ports.answers().findByOccurrence(occurrence.id()))
        .extracting(a -> prompt(a.promptId()))
        .containsExactly(2);
    assertThat(lastPostTo(CHANNEL).param("text")).contains("has closed: 1 person shared 1 answer");
  }

  @Test
  void aTemplateAnImportAndASchoolHolidayWorkThroughTheSlashCommand() throws Exception {
    assertThat(say("U1DANA", CHANNEL, "questions template friyay"))
        .startsWith("Added ")
        .contains("tagged #friyay");
    assertThat(
            say(
                "U1DANA",
                CHANNEL,
                "questions import tags planning\nWhat do you plan first?\nWhich plan did you drop?"))
        .startsWith("Imported 2 questions");
    assertThat(ports.questions().findByCommunity(community().id()))
        .extracting(q -> q.text())
        .contains("What do you plan first?", "Which plan did you drop?");

    say("U1DANA", CHANNEL, "schedule add weekly fri 07:00 UTC bank");
    assertThat(say("U1DANA", CHANNEL, "schedule skip 2026-03-13")).contains("Skipping 2026-03-13");
    assertThat(say("U2SAM", CHANNEL, "schedule next 1"))
        .contains("Fri 6 Mar 2026, 07:00")
        .doesNotContain("Fri 13 Mar")
        .contains("Fri 20 Mar 2026, 07:00")
        .contains("Skipping: 2026-03-13");

    Ritual ritual = ports.rituals().findAllActive().get(0);
    clock.set(Instant.parse("2026-03-13T07:00:00Z"));
    assertThat(occurrences.fire(ritual.id(), Instant.parse("2026-03-13T07:00:00Z"))).isEmpty();
    outbox.drain();
    assertThat(postedTo(CHANNEL)).as("nothing posted on the school holiday").isEmpty();
  }

  dev.rituals.core.model.Community community() {
    return ports
        .communities()
        .findByChannel(
            dev.rituals.core.model.ChannelRef.of(
                dev.rituals.core.model.Platform.SLACK, FakeSlackApi.TEAM, CHANNEL))
        .orElseThrow();
  }

  Occurrence fire(Instant at) {
    clock.set(at);
    Occurrence occurrence =
        occurrences.fire(ports.rituals().findAllActive().get(0).id(), at).orElseThrow();
    outbox.drain();
    return occurrence;
  }

  /** The Slack ts of question {@code number} in the channel. */
  String question(Occurrence occurrence, int number) {
    var prompt = ports.occurrences().findPrompts(occurrence.id()).get(number - 1);
    return ports.occurrences().findPromptMessages(prompt.id()).get(0).messageId();
  }

  int prompt(dev.rituals.core.model.PromptId id) {
    return ports.occurrences().findPrompt(id).orElseThrow().number();
  }

  void reply(String eventId, String user, String text, String at, String parentTs)
      throws Exception {
    clock.set(Instant.parse(at));
    String ts = Instant.parse(at).getEpochSecond() + ".000100";
    slack.event(
        Payloads.envelope(eventId, Payloads.threadReply(CHANNEL, user, text, ts, parentTs)));
  }

  void awaitAnswers(Occurrence occurrence, int count) {
    await().until(() -> ports.answers().findByOccurrence(occurrence.id()).size() == count);
  }

  FakeSlackApi.Call lastPostTo(String channel) {
    List<FakeSlackApi.Call> posts = postedTo(channel);
    return posts.get(posts.size() - 1);
  }

  /** Moves the clock, runs the steps due by then as Quartz would, and delivers the outbox. */
  void moveTo(Instant instant) {
    clock.set(instant);
    scheduler.runDue(instant, occurrences::runStep);
    outbox.drain();
  }

  List<FakeSlackApi.Call> postedTo(String channel) {
    return slack.api.calls("chat.postMessage").stream()
        .filter(c -> channel.equals(c.param("channel")))
        .toList();
  }

  /** Types a /rituals command and returns the ephemeral reply text. */
  String say(String userId, String channel, String text) throws Exception {
    HttpResponse<String> response = slack.command(text, channel, userId);
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
    return body.get("text").getAsString();
  }
}
