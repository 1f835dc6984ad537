package dev.rituals.core.service.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.PairRecord;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.pairing.GroupMember;
import dev.rituals.core.pairing.PairingGroup;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The intro each platform gets: one Slack group DM, or a personal Teams message per member. */
class IntrosTest {
  static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  static final Community SCIENCE =
      new Community(
          CommunityId.random(),
          new TenantRef(Platform.TEAMS, "tenant-1"),
          "Science",
          "",
          ZoneId.of("UTC"),
          Set.of(ChannelRef.of(Platform.TEAMS, "tenant-1", "19:general")),
          NOW);

  static PairRecord pair(List<UserRef> users, List<String> names) {
    return new PairRecord(
        UUID.randomUUID(),
        UUID.randomUUID(),
        SCIENCE.id(),
        "PEER",
        LocalDate.of(2026, 11, 23),
        NOW,
        users,
        names,
        "both teach 7th-grade science; different schools",
        14.0,
        Map.of());
  }

  static PairingGroup group(PairRecord p, Optional<UserRef> joined) {
    List<GroupMember> members =
        java.util.stream.IntStream.range(0, p.members().size())
            .mapToObj(i -> new GroupMember(p.members().get(i), p.names().get(i)))
            .toList();
    return new PairingGroup(members, Optional.empty(), p.score(), p.reason(), joined);
  }

  @Test
  void teamsMembersEachGetThePartnersNameReasonTwoStartersAndAChatLink() {
    UserRef ann = UserRef.of(Platform.TEAMS, "tenant-1", "29:ann");
    UserRef bob = UserRef.of(Platform.TEAMS, "tenant-1", "29:bob");
    PairRecord p = pair(List.of(ann, bob), List.of("Ann Lee", "Bob Brown"));

    List<OutboxMessage> intros = Intros.intro(SCIENCE, p, group(p, Optional.empty()), NOW);

    assertThat(intros).hasSize(2);
    OutboxMessage toAnn = intros.get(0);
    assertThat(toAnn.destination()).isEqualTo(new Destination.Direct(ann));
    assertThat(toAnn.body().text())
        .contains("You're paired with Bob Brown")
        .contains("Why you: both teach 7th-grade science; different schools")
        .contains("Two conversation starters:")
        .contains("https://teams.microsoft.com/l/chat/0/0?users=29%3Abob");
    assertThat(toAnn.body().text().split("\n• ")).hasSize(3); // two distinct starters
    assertThat(intros.get(1).body().text()).contains("You're paired with Ann Lee");
    assertThat(intros).extracting(OutboxMessage::idempotencyKey).doesNotHaveDuplicates();
  }

  @Test
  void slackGroupGetsOneGroupDmNamingEveryoneAndWhoJoinedSoNobodyIsLeftOut() {
    UserRef a = UserRef.of(Platform.SLACK, "T1", "U1");
    UserRef b = UserRef.of(Platform.SLACK, "T1", "U2");
    UserRef c = UserRef.of(Platform.SLACK, "T1", "U3");
    PairRecord p = pair(List.of(a, b, c), List.of("Ann", "Ben", "Cal"));

    List<OutboxMessage> intros = Intros.intro(SCIENCE, p, group(p, Optional.of(c)), NOW);

    assertThat(intros).hasSize(1);
    assertThat(intros.get(0).destination()).isEqualTo(new Destination.Direct(a));
    assertThat(intros.get(0).body().field(Intros.GROUP_WITH)).contains("U2,U3");
    assertThat(intros.get(0).body().text())
        .contains("Ann, Ben, Cal")
        .contains("Cal joined this group so nobody is left out");
  }

  @Test
  void aGroupAcrossPlatformsGetsPersonalMessagesWithoutATeamsLinkToASlackPerson() {
    UserRef slack = UserRef.of(Platform.SLACK, "T1", "U1");
    UserRef teams = UserRef.of(Platform.TEAMS, "tenant-1", "29:bob");
    PairRecord p = pair(List.of(slack, teams), List.of("Ann", "Bob"));

    List<OutboxMessage> intros = Intros.intro(SCIENCE, p, group(p, Optional.empty()), NOW);

    assertThat(intros).hasSize(2);
    assertThat(intros)
        .allSatisfy(m -> assertThat(m.body().text()).doesNotContain("teams.microsoft.com"));
  }
}
