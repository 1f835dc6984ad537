package dev.rituals.slack;

import static org.assertj.core.api.Assertions.assertThat;

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
