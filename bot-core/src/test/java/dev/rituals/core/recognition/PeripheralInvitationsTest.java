package dev.rituals.core.recognition;

import static dev.rituals.core.recognition.Recognition.ANA;
import static dev.rituals.core.recognition.Recognition.BEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.Destination;
import dev.rituals.core.model.Member;
import dev.rituals.core.model.MemberRole;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PeripheralInvitationsTest {
  static final UserRef CARA = UserRef.of(Platform.SLACK, "T1", "U_CARA");
  static final UserRef DAN = UserRef.of(Platform.SLACK, "T1", "U_DAN");
  static final UserRef MOD = UserRef.of(Platform.SLACK, "T1", "U_MOD");

  Recognition r = new Recognition(Instant.parse("2026-09-07T14:00:00Z"));

  @BeforeEach
  void community() {
    r.member(ANA, "Ana");
    r.member(BEN, "Ben");
    r.ports.members().save(r.member(DAN, "Dan").withNudges(false));
    r.ports.members().save(r.member(MOD, "Mo").withRole(MemberRole.MODERATOR));
    r.ask("What did you try?");
    r.answer(ANA, "exit tickets");
  }

  List<OutboxMessage> invitations() {
    return r.outbox().stream().filter(m -> m.idempotencyKey().startsWith("invite:")).toList();
  }

  List<UserRef> invited() {
    return invitations().stream().map(m -> ((Destination.Direct) m.destination()).user()).toList();
  }

  @Test
  void onlyMembersWhoNeverAnsweredGetOnePrivateFriendlyInvitation() {
    r.service.daily(r.community);

    assertThat(invited()).containsExactly(BEN);
    OutboxMessage invitation = invitations().get(0);
    assertThat(invitation.destination()).isInstanceOf(Destination.Direct.class);
    assertThat(invitation.body().text())
        .contains("Hi Ben")
        .contains("Science Teachers")
        .contains("at most one a month")
        .contains("/rituals nudges off");
    assertThat(r.channelTexts()).noneMatch(t -> t.contains("Ben"));
  }

  @Test
  void atMostOneInvitationEveryThirtyDaysHoweverOftenTheJobRuns() {
    for (int day = 0; day < 29; day++) {
      r.service.daily(r.community);
      r.clock.advance(Duration.ofDays(1));
    }
    assertThat(invited()).containsExactly(BEN);
    r.clock.advance(Duration.ofDays(1));
    r.service.daily(r.community);
    assertThat(invited()).containsExactly(BEN, BEN);
  }

  @Test
  void newcomersGetAWeekToLookAroundAndAnAnswerEndsTheInvitations() {
    Member cara = Member.joining(r.community.id(), CARA, "Cara", r.clock.instant());
    r.ports.members().save(cara);
    r.service.daily(r.community);
    assertThat(invited()).doesNotContain(CARA);

    r.clock.advance(Duration.ofDays(8));
    r.ask("Another question");
    r.answer(BEN, "finally, my first answer");
    r.clock.advance(Duration.ofDays(31));
    r.service.daily(r.community);
    assertThat(invited()).containsExactly(BEN, CARA);
  }

  @Test
  void closingAnOccurrenceRunsTheInvitationsToo() {
    r.clock.advance(Duration.ofHours(1));
    var occurrence = r.ask("Closing soon");
    r.occurrences.close(occurrence.id());
    assertThat(invited()).containsExactly(BEN);
  }
}
