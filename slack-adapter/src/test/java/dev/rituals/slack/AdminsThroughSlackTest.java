package dev.rituals.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
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
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /rituals admins} and {@code admin add} through Slack's real request path: Slack's own
 * workspace admins and owners are Rituals admins, so there is no list to change here.
 */
class AdminsThroughSlackTest {
  private static final String CHANNEL = "C0MATHS";
  private final Ports ports = InMemoryPorts.create();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
  private final RecordingScheduler scheduler = new RecordingScheduler();
  private SlackTestApp slack;

  @BeforeEach
  void start() throws Exception {
    OccurrenceService occurrences =
        new OccurrenceService(ports, scheduler, clock, OutboxSignal.NONE);
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
                    Optional.empty(),
                    ports.inboundEvents()));
    slack.api.userName("U1DANA", "Dana");
    slack.api.userName("U2SAM", "Sam");
  }

  @AfterEach
  void stop() throws Exception {
    slack.close();
  }

  @Test
  void adminsSaysSlacksWorkspaceAdminsAndOwnersAreTheAdmins() throws Exception {
    assertThat(say("U2SAM", "admins")).contains("this workspace's admins and owners");
  }

  @Test
  void adminAddPointsToSlacksSettingsAndGrantsNothing() throws Exception {
    say("U1DANA", "community create \"Maths teachers\"");

    assertThat(say("U1DANA", "admin add <@U2SAM>")).contains("Slack's workspace settings");
    assertThat(say("U2SAM", "schedule pause 1")).contains("Only moderators");
  }

  /** Types a /rituals command and returns the ephemeral reply text. */
  private String say(String userId, String text) throws Exception {
    HttpResponse<String> response = slack.command(text, CHANNEL, userId);
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
    assertThat(body.get("response_type").getAsString()).isEqualTo("ephemeral");
    return body.get("text").getAsString();
  }
}
