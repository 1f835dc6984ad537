package dev.rituals.core.service.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.service.OccurrenceService;
import dev.rituals.core.service.OutboxSignal;
import dev.rituals.core.service.Ports;
import dev.rituals.core.testing.InMemoryPorts;
import dev.rituals.core.testing.MutableClock;
import dev.rituals.core.testing.RecordingScheduler;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.CommandReply.Outcome;
import dev.rituals.core.usecase.CommandRequest;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Slack has its own admins (workspace admins and owners): the admin commands only say so. */
class SlackAdminCommandsTest {
  private final Ports ports = InMemoryPorts.create();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T15:00:00Z"));
  private final RecordingScheduler scheduler = new RecordingScheduler();
  private final CommandService commands =
      new CommandService(
          ports,
          scheduler,
          new OccurrenceService(ports, scheduler, clock, OutboxSignal.NONE),
          clock);

  @Test
  void adminsInSlackSaysWorkspaceAdminsAndOwnersAreTheAdmins() {
    CommandReply reply = say("admins");
    assertThat(reply.outcome()).isEqualTo(Outcome.OK);
    assertThat(reply.text()).contains("workspace's admins and owners");
  }

  @Test
  void adminAddInSlackPointsToSlacksOwnSettingsAndStoresNothing() {
    CommandReply reply = say("admin add <@U2>");
    assertThat(reply.outcome()).isEqualTo(Outcome.USAGE_ERROR);
    assertThat(reply.text()).contains("Slack's workspace settings");
    assertThat(ports.communities().findByChannel(ChannelRef.of(Platform.SLACK, "T1", "C1")))
        .isEmpty();
  }

  private CommandReply say(String text) {
    return commands.handle(
        new CommandRequest(
            UserRef.of(Platform.SLACK, "T1", "U1"),
            "Ana",
            Optional.of(ChannelRef.of(Platform.SLACK, "T1", "C1")),
            text,
            false,
            Optional.empty()));
  }
}
