package dev.rituals.teams;

import static dev.rituals.teams.Activities.GENERAL;
import static dev.rituals.teams.Activities.GENERAL_CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.Platform;
import dev.rituals.core.model.UserRef;
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
import dev.rituals.core.testing.InMemoryPorts;
import dev.rituals.core.testing.InMemoryRecognition;
import dev.rituals.core.testing.MutableClock;
import dev.rituals.core.testing.RecordingScheduler;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Recognition in Teams behind the real Bot Framework adapter: a first answer's badge is posted to
 * the channel proactively, and "@Rituals my badges" and "@Rituals forget me" answer in the chat.
 */
class RecognitionThroughTeamsTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
  private final Ports ports = InMemoryPorts.create();
  private final RecognitionPorts recognition = InMemoryRecognition.create(ports);
  private final RecordingScheduler scheduler = new RecordingScheduler();
  private final RecognitionService listener =
      new RecognitionService(ports, recognition, clock, scheduler);
  private final OccurrenceService occurrences =
      new OccurrenceService(ports, scheduler, clock, OutboxSignal.NONE, listener);
  private TeamsTestApp app;

  @BeforeEach
  void start() throws Exception {
    TeamsUseCases core =
        new TeamsUseCases(
            new CommandService(
                ports, scheduler, occurrences, clock, recognition, new InMemoryDocuments()),
            new ScheduleFormService(ports, scheduler, clock),
            new AnswerService(ports, clock, listener),
            new MembershipService(ports, clock, OutboxSignal.NONE),
            new ReportService(ports),
            Optional.empty(),
            Optional.of(ports.inboundEvents()));
    app = new TeamsTestApp(TeamsSettings.local(), clock, core);
  }

  @AfterEach
  void stop() throws Exception {
    app.close();
  }

  @Test
  void aFirstAnswerInTeamsIsAnnouncedInTheChannelAndListedByMyBadges() throws Exception {
    app.post(app.activities.teamInstall());
    app.post(app.activities.mention("community create \"Science Teachers\""));
    app.post(app.activities.mention("ask now \"What surprised you this week?\""));
    OutboxSender outbox = new OutboxSender(ports, List.of(app.gateway()), clock);
    outbox.drain();
    app.post(
        Activities.from(
            app.activities.channelMessage("A1 Exit tickets", null), "29:bob", "Bob Brown"));
    UserRef bob = UserRef.of(Platform.TEAMS, GENERAL_CHANNEL.tenant().tenantId(), "29:bob");
    var community = ports.communities().findByChannel(GENERAL_CHANNEL).orElseThrow();
    assertThat(recognition.badges().findByMember(community.id(), bob)).hasSize(1);
    app.connector.clear();
    outbox.drain();

    assertThat(app.connector.messages())
        .filteredOn(c -> c.path().equals("/v3/conversations/" + GENERAL + "/activities"))
        .extracting(c -> c.body().path("text").asText())
        .anyMatch(t -> t.contains("Bob Brown") && t.contains("First answer"));

    app.post(Activities.from(app.activities.mention("my badges"), "29:bob", "Bob Brown"));
    assertThat(lastText()).contains("First answer", "@Rituals badges announce off");

    app.post(Activities.from(app.activities.mention("forget me"), "29:bob", "Bob Brown"));
    assertThat(lastText()).contains("@Rituals forget me confirm");
    app.post(Activities.from(app.activities.mention("forget me confirm"), "29:bob", "Bob Brown"));
    assertThat(lastText()).contains("forgotten you in 1 community");
    assertThat(ports.members().findByUser(bob)).isEmpty();
  }

  private String lastText() {
    var calls = app.connector.messages();
    assertThat(calls).isNotEmpty();
    return calls.get(calls.size() - 1).body().path("text").asText();
  }
}
