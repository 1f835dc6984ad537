package dev.rituals.teams;

import static dev.rituals.teams.Activities.ALICE_USER;
import static dev.rituals.teams.Activities.GENERAL_CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.Community;
import dev.rituals.core.model.Hosting;
import dev.rituals.core.model.HostingState;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.RitualKind;
import dev.rituals.core.model.RitualState;
import dev.rituals.core.model.Schedule;
import dev.rituals.core.service.AnswerService;
import dev.rituals.core.service.MembershipService;
import dev.rituals.core.service.OccurrenceService;
import dev.rituals.core.service.OutboxSignal;
import dev.rituals.core.service.Ports;
import dev.rituals.core.service.ReportService;
import dev.rituals.core.service.commands.CommandService;
import dev.rituals.core.service.commands.ScheduleFormService;
import dev.rituals.core.testing.InMemoryPorts;
import dev.rituals.core.testing.MutableClock;
import dev.rituals.core.testing.RecordingScheduler;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A member invited to host answers the invitation in their personal chat with the question itself,
 * behind the real Bot Framework adapter and core's command service.
 */
class HostQuestionInPersonalChatTest {
  private static final Instant FRIDAY = Instant.parse("2026-03-06T12:00:00Z");
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
  private final Ports ports = InMemoryPorts.create();
  private final RecordingScheduler scheduler = new RecordingScheduler();
  private final OccurrenceService occurrences =
      new OccurrenceService(ports, scheduler, clock, OutboxSignal.NONE);
  private TeamsTestApp app;

  @BeforeEach
  void start() throws Exception {
    TeamsUseCases core =
        new TeamsUseCases(
            new CommandService(ports, scheduler, occurrences, clock),
            new ScheduleFormService(ports, scheduler, clock),
            new AnswerService(ports, clock),
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
  void aPlainMessageInThePersonalChatBecomesTheInvitedHostsQuestion() throws Exception {
    app.post(app.activities.teamInstall());
    app.post(app.activities.mention("community create \"Science Teachers\""));
    Community community = ports.communities().findByChannel(GENERAL_CHANNEL).orElseThrow();
    Ritual ritual =
        new Ritual(
            RitualId.random(),
            community.id(),
            1,
            RitualKind.PROMPT,
            Schedule.weekly(
                DayOfWeek.FRIDAY,
                LocalTime.of(7, 0),
                ZoneId.of("America/New_York"),
                Duration.ofDays(3)),
            Optional.empty(),
            Optional.empty(),
            RitualState.ACTIVE,
            clock.instant());
    ports.rituals().save(ritual);
    ports.hostings().insertIfAbsent(Hosting.invited(ritual, FRIDAY, ALICE_USER, clock.instant()));
    app.connector.clear();

    app.post(app.activities.personalMessage("What surprised you in class this week?"));

    assertThat(app.connector.messages()).hasSize(1);
    assertThat(app.connector.messages().get(0).body().path("text").asText())
        .contains("Thank you! Your question opens")
        .contains("Science Teachers")
        .contains("What surprised you in class this week?");
    Hosting chosen = ports.hostings().find(ritual.id(), FRIDAY).orElseThrow();
    assertThat(chosen.state()).isEqualTo(HostingState.CHOSEN);
    assertThat(chosen.question()).contains("What surprised you in class this week?");
  }
}
