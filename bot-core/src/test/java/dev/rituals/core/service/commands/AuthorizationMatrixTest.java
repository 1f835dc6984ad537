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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every configuration command against every role: workspace/tenant admin, community moderator,
 * member, someone who never joined, and the same user id in another workspace.
 */
class AuthorizationMatrixTest {
  static final ChannelRef CHANNEL = ChannelRef.of(Platform.SLACK, "T1", "C1");
  static final UserRef MODERATOR = UserRef.of(Platform.SLACK, "T1", "UMOD");

  enum Role {
    ADMIN(UserRef.of(Platform.SLACK, "T1", "UADMIN"), true, true),
    MODERATOR(AuthorizationMatrixTest.MODERATOR, false, true),
    MEMBER(UserRef.of(Platform.SLACK, "T1", "UMEMBER"), false, false),
    OUTSIDER(UserRef.of(Platform.SLACK, "T1", "UOUTSIDER"), false, false),
    OTHER_WORKSPACE(UserRef.of(Platform.SLACK, "T2", "UMOD"), false, false);

    final UserRef user;
    final boolean tenantAdmin;
    final boolean mayConfigure;

    Role(UserRef user, boolean tenantAdmin, boolean mayConfigure) {
      this.user = user;
      this.tenantAdmin = tenantAdmin;
      this.mayConfigure = mayConfigure;
    }

    /** The other workspace's user types in a same-named channel of their own workspace. */
    ChannelRef channel() {
      return this == OTHER_WORKSPACE ? ChannelRef.of(Platform.SLACK, "T2", "C1") : CHANNEL;
    }
  }

  static final List<String> CONFIGURATION_COMMANDS =
      List.of(
          "schedule add weekly fri 7am \"What worked?\"",
          "schedule add",
          "schedule pause 1",
          "schedule resume 1",
          "schedule delete 1",
          "questions add \"A new question?\"",
          "questions remove 1",
          "ask now",
          "community link");

  static final List<String> READ_COMMANDS =
      List.of(
          "community info",
          "schedule list",
          "schedule show 1",
          "schedule next",
          "questions list",
          "report");

  Ports ports;
  CommandService commands;

  @BeforeEach
  void communityWithOneRitualAndOneQuestion() {
    ports = InMemoryPorts.create();
    MutableClock clock = new MutableClock(Instant.parse("2026-11-23T15:00:00Z"));
    RecordingScheduler scheduler = new RecordingScheduler();
    commands =
        new CommandService(
            ports,
            scheduler,
            new OccurrenceService(ports, scheduler, clock, OutboxSignal.NONE),
            clock);
    expectOk(MODERATOR, false, CHANNEL, "community create \"Kestrel Lab\"");
    expectOk(MODERATOR, false, CHANNEL, "schedule add weekly mon 8am \"First?\"");
    expectOk(MODERATOR, false, CHANNEL, "questions add \"Bank question?\"");
    expectOk(Role.MEMBER.user, false, CHANNEL, "community join");
  }

  static Stream<Arguments> configuration() {
    List<Arguments> cases = new ArrayList<>();
    for (Role role : Role.values()) {
      for (String command : CONFIGURATION_COMMANDS) {
        cases.add(Arguments.of(role, command));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("configuration")
  void configurationCommandsAreForModeratorsAndAdminsOnly(Role role, String command) {
    long ritualsBefore = ports.rituals().findAllActive().size();
    CommandReply reply = say(role, command);
    if (role.mayConfigure) {
      assertThat(reply.outcome()).as(reply.text()).isEqualTo(Outcome.OK);
    } else if (role == Role.OTHER_WORKSPACE) {
      assertThat(reply.outcome()).as(reply.text()).isEqualTo(Outcome.NOT_FOUND);
      assertThat(reply.text()).doesNotContain("Kestrel");
    } else {
      assertThat(reply.outcome()).as(reply.text()).isEqualTo(Outcome.DENIED);
      assertThat(ports.rituals().findAllActive()).hasSize((int) ritualsBefore);
    }
  }

  static Stream<Arguments> reads() {
    List<Arguments> cases = new ArrayList<>();
    for (Role role : Role.values()) {
      for (String command : READ_COMMANDS) {
        cases.add(Arguments.of(role, command));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("reads")
  void readingIsOpenInTheCommunitysOwnWorkspaceOnly(Role role, String command) {
    CommandReply reply = say(role, command);
    if (role == Role.OTHER_WORKSPACE) {
      assertThat(reply.outcome()).as(reply.text()).isEqualTo(Outcome.NOT_FOUND);
      assertThat(reply.text()).doesNotContain("Kestrel").doesNotContain("First?");
    } else {
      assertThat(reply.outcome()).as(reply.text()).isEqualTo(Outcome.OK);
    }
  }

  private CommandReply say(Role role, String text) {
    return commands.handle(
        new CommandRequest(
            role.user,
            role.name(),
            Optional.of(role.channel()),
            text,
            role.tenantAdmin,
            Optional.empty()));
  }

  private void expectOk(UserRef who, boolean admin, ChannelRef where, String text) {
    CommandReply reply =
        commands.handle(
            new CommandRequest(
                who, who.userId(), Optional.of(where), text, admin, Optional.empty()));
    assertThat(reply.outcome()).as(text + " → " + reply.text()).isEqualTo(Outcome.OK);
  }
}
