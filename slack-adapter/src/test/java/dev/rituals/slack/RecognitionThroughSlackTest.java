package dev.rituals.slack;

import static dev.rituals.slack.Payloads.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.recognition.CredentialIssuer;
import dev.rituals.core.recognition.RecognitionPorts;
import dev.rituals.core.recognition.RecognitionService;
import dev.rituals.core.service.AnswerService;
import dev.rituals.core.service.MembershipService;
import dev.rituals.core.service.OccurrenceService;
import dev.rituals.core.service.OutboxSender;
import dev.rituals.core.service.OutboxSignal;
import dev.rituals.core.service.Ports;
import dev.rituals.core.service.ReportService;
import dev.rituals.core.service.commands.CommandService;
import dev.rituals.core.service.commands.ScheduleFormService;
import dev.rituals.core.testing.InMemoryDocuments;
import dev.rituals.core.testing.InMemoryIssuerKeys;
import dev.rituals.core.testing.InMemoryPorts;
import dev.rituals.core.testing.InMemoryRecognition;
import dev.rituals.core.testing.MutableClock;
import dev.rituals.core.testing.RecordingScheduler;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Recognition through Slack's real request path with the real core on in-memory ports: an answer
 * earns a badge announced in the channel through the Slack gateway, and the badges, PD and privacy
 * commands answer as ephemeral replies to /rituals.
 */
class RecognitionThroughSlackTest {
  private static final TenantRef TEAM = new TenantRef(Platform.SLACK, FakeSlackApi.TEAM);
  private static final String CHANNEL = "C0MATHS";

  private final Ports ports = InMemoryPorts.create();
  private final RecognitionPorts recognition = InMemoryRecognition.create(ports);
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
  private final RecordingScheduler scheduler = new RecordingScheduler();
  private final RecognitionService listener =
      new RecognitionService(ports, recognition, clock, scheduler);
  private final OccurrenceService occurrences =
      new OccurrenceService(ports, scheduler, clock, OutboxSignal.NONE, listener);
  private final InMemoryDocuments documents = new InMemoryDocuments();
  private SlackTestApp slack;
  private OutboxSender outbox;

  @BeforeEach
  void start() throws Exception {
    slack =
        new SlackTestApp(
            clock,
            app ->
                new SlackCore(
                    new CommandService(
                        ports,
                        scheduler,
                        occurrences,
                        clock,
                        CommandService.Extras.NONE
                            .withRecognition(recognition, documents)
                            .withCredentials(
                                new CredentialIssuer(
                                    URI.create("https://rituals.test/"),
                                    new InMemoryIssuerKeys()))),
                    new ScheduleFormService(ports, scheduler, clock),
                    new AnswerService(ports, clock, listener),
                    new MembershipService(ports, clock, OutboxSignal.NONE),
                    new ReportService(ports),
                    Optional.empty(),
                    ports.inboundEvents()));
    slack.api.userName("U1DANA", "Dana");
    slack.api.userName("U2SAM", "Sam");
    outbox = new OutboxSender(ports, List.of(slack.module.chatGateway()), clock);
  }

  @AfterEach
  void stop() throws Exception {
    slack.close();
  }

  @Test
  void aFirstAnswerInSlackIsAnnouncedInTheChannelAndListedByMyBadges() throws Exception {
    say("U1DANA", "community create \"Maths teachers\"");
    say("U2SAM", "community join");
    assertThat(say("U1DANA", "ask now \"What did you try this week?\"")).contains("Posted");
    outbox.drain();

    slack.event(
        envelope(
            "EvSam", Payloads.message(CHANNEL, "U2SAM", "A1 exit tickets", "1772442000.0001")));
    await().until(() -> !recognition.badges().findByMember(community(), user("U2SAM")).isEmpty());
    outbox.drain();

    assertThat(slack.api.calls("chat.postMessage"))
        .filteredOn(c -> CHANNEL.equals(c.param("channel")))
        .extracting(c -> c.param("text"))
        .anyMatch(t -> t.contains("First answer") && t.contains("Sam"));
    assertThat(say("U2SAM", "my badges"))
        .contains("*First answer*", "/rituals badges announce off");
    assertThat(say("U2SAM", "badges announce off")).contains("no longer be announced");
  }

  @Test
  void pdStatementAndForgetMeAnswerThroughTheSlashCommand() throws Exception {
    say("U1DANA", "community create \"Maths teachers\"");
    say("U2SAM", "community join");
    say("U1DANA", "ask now \"What did you try this week?\"");
    slack.event(
        envelope(
            "EvSam", Payloads.message(CHANNEL, "U2SAM", "A1 exit tickets", "1772442000.0001")));
    await().until(() -> !ports.answers().findByOccurrence(occurrenceId()).isEmpty());

    assertThat(say("U2SAM", "pd rule prompt 10m")).containsIgnoringCase("moderator");
    assertThat(say("U1DANA", "pd rule prompt 10m")).contains("answered prompt 10 min");
    assertThat(say("U2SAM", "pd statement 2026-03-01 2026-03-31"))
        .contains("*10 min* of PD time", "https://rituals.test/files/");
    assertThat(documents.published())
        .extracting(InMemoryDocuments.Published::contentType)
        .containsExactly("application/pdf", "application/vc+jwt");

    assertThat(say("U2SAM", "forget me")).contains("/rituals forget me confirm");
    assertThat(say("U2SAM", "forget me confirm")).contains("forgotten you in 1 community");
    assertThat(ports.members().findByUser(user("U2SAM"))).isEmpty();
  }

  private dev.rituals.core.model.CommunityId community() {
    return ports.communities().findByChannel(channel()).orElseThrow().id();
  }

  private dev.rituals.core.model.OccurrenceId occurrenceId() {
    return ports.occurrences().findOpen(community(), clock.instant()).get(0).id();
  }

  private static dev.rituals.core.model.ChannelRef channel() {
    return new dev.rituals.core.model.ChannelRef(TEAM, CHANNEL);
  }

  /** Types a /rituals command and returns the ephemeral reply text. */
  private String say(String userId, String text) throws Exception {
    HttpResponse<String> response = slack.command(text, CHANNEL, userId);
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
    assertThat(body.get("response_type").getAsString()).isEqualTo("ephemeral");
    return body.get("text").getAsString();
  }

  private static UserRef user(String id) {
    return new UserRef(TEAM, id);
  }
}
