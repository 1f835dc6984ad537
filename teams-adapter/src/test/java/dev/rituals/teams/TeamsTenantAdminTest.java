package dev.rituals.teams;

import static dev.rituals.teams.AdminWorld.byBob;
import static dev.rituals.teams.AdminWorld.byIt;
import static dev.rituals.teams.AdminWorld.inOtherTenant;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Platform;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Who Teams recognises as a Rituals admin, through the real Bot Framework adapter with core's real
 * services: the tenant's first team installer and configured ids, each only in their own tenant.
 */
class TeamsTenantAdminTest {
  private static final String SCHEDULE = "schedule add weekly fri 7am \"What worked?\"";
  private AdminWorld world;

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  @Test
  void theInstallerConfiguresACommunityTheyDoNotModerate() throws Exception {
    world = new AdminWorld(Set.of()).installedByItWithAliceModeratingAndBobAMember();

    String reply = world.say(byIt(world.app.activities.mention(SCHEDULE)));

    assertThat(reply).doesNotContain("Only moderators");
    assertThat(world.ritualCount()).isEqualTo(1);
    assertThat(world.say(byIt(world.app.activities.mention("admins"))))
        .contains("District IT (installed Rituals)");
  }

  @Test
  void aPlainMemberCannotConfigureAndNothingIsStored() throws Exception {
    world = new AdminWorld(Set.of()).installedByItWithAliceModeratingAndBobAMember();

    String reply = world.say(byBob(world.app.activities.mention(SCHEDULE)));

    assertThat(reply).contains("Only moderators");
    assertThat(world.ritualCount()).isZero();
  }

  @Test
  void theScheduleCardFromTheInstallerIsSavedAsAnAdmin() throws Exception {
    world = new AdminWorld(Set.of()).installedByItWithAliceModeratingAndBobAMember();

    world.app.post(
        byIt(world.app.activities.submit(AdminWorld.scheduleForm(), "card-1", "root-1")));
    assertThat(world.ritualCount()).isEqualTo(1);

    world.app.post(
        byBob(world.app.activities.submit(AdminWorld.scheduleForm(), "card-2", "root-2")));
    assertThat(world.lastText()).contains("moderators");
    assertThat(world.ritualCount()).isEqualTo(1);
  }

  @Test
  void onlyTheFirstInstallerBecomesAdmin() throws Exception {
    world = new AdminWorld(Set.of()).installedByItWithAliceModeratingAndBobAMember();

    // Bob adds Rituals to another team later: that makes him nobody special
    world.app.post(byBob(world.app.activities.teamInstallationUpdate("add")));

    assertThat(world.say(byBob(world.app.activities.mention(SCHEDULE))))
        .contains("Only moderators");
    assertThat(world.ritualCount()).isZero();
  }

  @Test
  void aPersonalInstallMakesNobodyAdmin() throws Exception {
    world = new AdminWorld(Set.of());
    world.app.post(world.app.activities.personalInstall());

    assertThat(world.say(world.app.activities.personalMessage("admins")))
        .contains("no Rituals admins yet");
  }

  @Test
  void theInstallerIsNobodyInAnotherTenant() throws Exception {
    world = new AdminWorld(Set.of()).installedByItWithAliceModeratingAndBobAMember();
    // Alice moderates a community in the other tenant; IT's object id means nothing there
    world.say(inOtherTenant(world.app.activities.mention("community create \"Elsewhere\"")));

    String reply = world.say(inOtherTenant(byIt(world.app.activities.mention(SCHEDULE))));

    assertThat(reply).contains("Only moderators");
    ChannelRef elsewhere =
        ChannelRef.of(Platform.TEAMS, AdminWorld.OTHER_TENANT, Activities.GENERAL);
    var community = world.ports.communities().findByChannel(elsewhere).orElseThrow();
    assertThat(world.ports.rituals().findByCommunity(community.id())).isEmpty();
    assertThat(world.say(inOtherTenant(byIt(world.app.activities.mention("admins")))))
        .contains("no Rituals admins yet")
        .doesNotContain("District IT");
  }

  @Test
  void aConfiguredAdminConfiguresOnlyInTheirOwnTenant() throws Exception {
    world =
        new AdminWorld(Set.of(new TeamsAdminId(Activities.TENANT, "aad-bob")))
            .installedByItWithAliceModeratingAndBobAMember();

    assertThat(world.say(byBob(world.app.activities.mention(SCHEDULE))))
        .doesNotContain("Only moderators");
    assertThat(world.ritualCount()).isEqualTo(1);
    assertThat(world.say(byBob(world.app.activities.mention("admins"))))
        .contains("1 person named in the app's configuration");

    world.say(inOtherTenant(world.app.activities.mention("community create \"Elsewhere\"")));
    assertThat(world.say(inOtherTenant(byBob(world.app.activities.mention(SCHEDULE)))))
        .contains("Only moderators");
  }
}
