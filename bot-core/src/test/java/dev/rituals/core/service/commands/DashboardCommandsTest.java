package dev.rituals.core.service.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.links.LinkSigner;
import dev.rituals.core.links.SignedReportLinks;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.service.OccurrenceService;
import dev.rituals.core.service.OutboxSignal;
import dev.rituals.core.service.Ports;
import dev.rituals.core.testing.InMemoryDashboardTabs;
import dev.rituals.core.testing.InMemoryPorts;
import dev.rituals.core.testing.MutableClock;
import dev.rituals.core.testing.RecordingScheduler;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.CommandReply.Outcome;
import dev.rituals.core.usecase.CommandRequest;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code dashboard reset}: moderators revoke every dashboard link and tab of their community. */
class DashboardCommandsTest {
  static final ChannelRef CHANNEL = ChannelRef.of(Platform.SLACK, "T1", "C1");
  static final ChannelRef OTHER = ChannelRef.of(Platform.SLACK, "T1", "C2");
  static final UserRef MODERATOR = UserRef.of(Platform.SLACK, "T1", "U_MOD");
  static final UserRef MEMBER = UserRef.of(Platform.SLACK, "T1", "U_MEM");

  Ports ports = InMemoryPorts.create();
  MutableClock clock = new MutableClock(Instant.parse("2026-11-23T15:00:00Z"));
  RecordingScheduler scheduler = new RecordingScheduler();
  InMemoryDashboardTabs tabs = new InMemoryDashboardTabs();
  CommandService commands = commands(CommandService.Extras.NONE.withDashboards(tabs));

  CommandService commands(CommandService.Extras extras) {
    LinkSigner signer = new LinkSigner(new byte[32], clock);
    return new CommandService(
        ports,
        scheduler,
        new OccurrenceService(ports, scheduler, clock, OutboxSignal.NONE),
        clock,
        extras.withReports(
            new SignedReportLinks(
                URI.create("https://rituals.example/"), signer, tabs::generation)));
  }

  CommandReply say(CommandService service, UserRef who, ChannelRef where, String text) {
    return service.handle(
        new CommandRequest(who, who.userId(), Optional.of(where), text, false, Optional.empty()));
  }

  CommandReply say(UserRef who, String text) {
    return say(commands, who, CHANNEL, text);
  }

  CommunityId community(ChannelRef where) {
    return ports.communities().findByChannel(where).orElseThrow().id();
  }

  @BeforeEach
  void twoCommunities() {
    say(MODERATOR, "community create \"Science Teachers\"");
    say(MEMBER, "community join");
    say(commands, MODERATOR, OTHER, "community create \"Maths\"");
  }

  @Test
  void aResetMovesTheGenerationOnSoNewDashboardLinksCarryTheNewOne() {
    assertThat(say(MODERATOR, "report dashboard").text()).contains("&g=0&");

    CommandReply reset = say(MODERATOR, "dashboard reset");

    assertThat(reset.outcome()).isEqualTo(Outcome.OK);
    assertThat(reset.text())
        .contains("every dashboard link and Teams dashboard tab of *Science Teachers*")
        .contains("report dashboard`");
    assertThat(tabs.generation(community(CHANNEL))).isEqualTo(1);
    assertThat(tabs.generation(community(OTHER))).as("the other community").isZero();
    assertThat(say(MODERATOR, "report dashboard").text()).contains("&g=1&");
  }

  @Test
  void aMemberIsRefusedAndNothingChanges() {
    CommandReply reply = say(MEMBER, "dashboard reset");

    assertThat(reply.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(reply.text()).contains("Only moderators").contains("reset the dashboard links");
    assertThat(tabs.generation(community(CHANNEL))).isZero();
  }

  @Test
  void wrongFormsGetTheUsageAndChangeNothing() {
    for (String text : new String[] {"dashboard", "dashboard reset now", "dashboard delete"}) {
      CommandReply reply = say(MODERATOR, text);

      assertThat(reply.outcome()).as(text).isEqualTo(Outcome.USAGE_ERROR);
      assertThat(reply.text()).as(text).contains("dashboard reset");
    }
    assertThat(tabs.generation(community(CHANNEL))).isZero();
  }

  @Test
  void withoutDashboardsTheCommandSaysSo() {
    CommandService withoutDashboards = commands(CommandService.Extras.NONE);

    CommandReply reply = say(withoutDashboards, MODERATOR, CHANNEL, "dashboard reset");

    assertThat(reply.outcome()).isEqualTo(Outcome.NOT_FOUND);
    assertThat(reply.text()).contains("this Rituals serves no dashboard");
  }
}
