package dev.rituals.core.service.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Member;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.Ritual;
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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** nudges on|off (a member's own choice) and schedule remind (a ritual's lead time). */
class ReminderCommandsTest {
  static final ChannelRef MATHS = ChannelRef.of(Platform.SLACK, "T1", "C1");
  static final ChannelRef ART = ChannelRef.of(Platform.SLACK, "T1", "C2");
  static final UserRef MODERATOR = UserRef.of(Platform.SLACK, "T1", "U_MOD");
  static final UserRef MEMBER = UserRef.of(Platform.SLACK, "T1", "U_MEM");

  Ports ports = InMemoryPorts.create();
  MutableClock clock = new MutableClock(Instant.parse("2026-11-23T15:00:00Z"));
  RecordingScheduler scheduler = new RecordingScheduler();
  OccurrenceService occurrences = new OccurrenceService(ports, scheduler, clock, OutboxSignal.NONE);
  CommandService commands = new CommandService(ports, scheduler, occurrences, clock);

  CommandReply say(UserRef who, Optional<ChannelRef> where, String text) {
    return commands.handle(
        new CommandRequest(who, who.userId(), where, text, false, Optional.of(ZoneId.of("UTC"))));
  }

  CommandReply say(UserRef who, String text) {
    return say(who, Optional.of(MATHS), text);
  }

  @BeforeEach
  void twoCommunities() {
    say(MODERATOR, "community create \"Maths\"");
    say(MODERATOR, Optional.of(ART), "community create \"Art\"");
    say(MEMBER, "community join");
    say(MEMBER, Optional.of(ART), "community join");
  }

  boolean nudgesOn(ChannelRef channel) {
    var community = ports.communities().findByChannel(channel).orElseThrow();
    return ports.members().find(community.id(), MEMBER).map(Member::nudgesEnabled).orElseThrow();
  }

  @Test
  void nudgesOffInAChannelAppliesToThatCommunityOnly() {
    CommandReply reply = say(MEMBER, "nudges off");

    assertThat(reply.text()).startsWith("Reminders are off for *Maths*");
    assertThat(nudgesOn(MATHS)).isFalse();
    assertThat(nudgesOn(ART)).isTrue();
    assertThat(say(MEMBER, "nudges").text()).contains("are off").contains("nudges on");
  }

  @Test
  void nudgesOffInADirectChatAppliesToEveryCommunityAndOnTurnsThemBack() {
    assertThat(say(MEMBER, Optional.empty(), "nudge off").text())
        .contains("*Maths*")
        .contains("*Art*");
    assertThat(nudgesOn(MATHS)).isFalse();
    assertThat(nudgesOn(ART)).isFalse();

    assertThat(say(MEMBER, Optional.empty(), "nudges on").text()).startsWith("Reminders are on");
    assertThat(nudgesOn(MATHS)).isTrue();
    assertThat(nudgesOn(ART)).isTrue();
  }

  @Test
  void someoneWhoIsNotAMemberIsToldSo() {
    UserRef stranger = UserRef.of(Platform.SLACK, "T1", "U_NEW");
    assertThat(say(stranger, "nudges off").outcome()).isEqualTo(Outcome.NOT_FOUND);
  }

  @Test
  void moderatorsSetARitualsLeadOrTurnItsNudgeOff() {
    say(MODERATOR, "schedule add weekly fri 7am \"What did you try?\"");
    var community = ports.communities().findByChannel(MATHS).orElseThrow();

    assertThat(say(MODERATOR, "schedule show 1").text())
        .contains("Reminder: one private nudge 1d before it closes");
    assertThat(say(MODERATOR, "schedule remind 1 12h").text())
        .contains("one private nudge 12h before it closes");
    Ritual ritual = ports.rituals().findByNumber(community.id(), 1).orElseThrow();
    assertThat(ritual.reminderLead()).isEqualTo(Duration.ofHours(12));

    assertThat(say(MODERATOR, "schedule reminder 1 off").text()).contains("no private nudge");
    assertThat(ports.rituals().findByNumber(community.id(), 1).orElseThrow().reminderLead())
        .isZero();
    assertThat(say(MODERATOR, "schedule remind 1 default").text()).contains("1d before");
    assertThat(say(MEMBER, "schedule remind 1 2h").outcome()).isEqualTo(Outcome.DENIED);
    assertThat(say(MODERATOR, "schedule remind 1 31d").outcome()).isEqualTo(Outcome.USAGE_ERROR);
    assertThat(say(MODERATOR, "schedule remind 7 2h").outcome()).isEqualTo(Outcome.NOT_FOUND);
  }
}
