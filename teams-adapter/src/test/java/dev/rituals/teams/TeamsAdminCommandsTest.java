package dev.rituals.teams;

import static dev.rituals.teams.AdminWorld.BOB;
import static dev.rituals.teams.AdminWorld.BOB_NAME;
import static dev.rituals.teams.AdminWorld.IT;
import static dev.rituals.teams.AdminWorld.IT_NAME;
import static dev.rituals.teams.AdminWorld.byBob;
import static dev.rituals.teams.AdminWorld.byIt;
import static dev.rituals.teams.AdminWorld.inOtherTenant;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code @Rituals admins}, {@code admin add @person}, {@code admin remove @person} in Teams. */
class TeamsAdminCommandsTest {
  private static final String SCHEDULE = "schedule add weekly fri 7am \"What worked?\"";
  private AdminWorld world;

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  private AdminWorld world(Set<TeamsAdminId> configured) throws Exception {
    world = new AdminWorld(configured).installedByItWithAliceModeratingAndBobAMember();
    return world;
  }

  @Test
  void anAdminAddsAMentionedMemberWhoThenConfiguresAndIsRemovedAgain() throws Exception {
    world(Set.of());

    assertThat(world.say(byIt(world.mentioning("admin add", BOB, BOB_NAME))))
        .contains("**Bob Brown** is now a Rituals admin");
    assertThat(world.say(byBob(world.app.activities.mention("admins"))))
        .contains("District IT (installed Rituals)", "• Bob Brown");
    assertThat(world.say(byBob(world.app.activities.mention(SCHEDULE))))
        .doesNotContain("Only moderators");
    assertThat(world.ritualCount()).isEqualTo(1);

    assertThat(world.say(byIt(world.mentioning("admin remove", BOB, BOB_NAME))))
        .contains("**Bob Brown** is no longer a Rituals admin");
    assertThat(world.say(byBob(world.app.activities.mention("schedule pause 1"))))
        .contains("Only moderators");
  }

  @Test
  void addingSomeoneTwiceSaysTheyAlreadyAre() throws Exception {
    world(Set.of());
    world.say(byIt(world.mentioning("admin add", BOB, BOB_NAME)));

    assertThat(world.say(byIt(world.mentioning("admin add", BOB, BOB_NAME))))
        .contains("already a Rituals admin");
  }

  @Test
  void aMemberWhoIsNoAdminCannotAddAnyoneNotEvenThemselves() throws Exception {
    world(Set.of());

    assertThat(world.say(byBob(world.mentioning("admin add", BOB, BOB_NAME))))
        .contains("Only Rituals admins of this organisation can add or remove admins");
    assertThat(world.say(byBob(world.app.activities.mention("admins"))))
        .doesNotContain("Bob Brown");
    // the moderator of a community is no tenant admin either
    assertThat(world.say(world.mentioning("admin remove", IT, IT_NAME)))
        .contains("Only Rituals admins");
  }

  @Test
  void aMentionTeamsDoesNotKnowIsNamedAndNothingIsStored() throws Exception {
    world(Set.of());
    world.app.connector.knowsNoMember("29:ghost");

    assertThat(world.say(byIt(world.mentioning("admin add", "29:ghost", "Gus Ghost"))))
        .contains("I couldn't find **Gus Ghost** in this team or chat");
    assertThat(world.say(byIt(world.app.activities.mention("admins")))).doesNotContain("Gus Ghost");
  }

  @Test
  void aMissingMentionGetsAnExample() throws Exception {
    world(Set.of());

    assertThat(world.say(byIt(world.app.activities.mention("admin add"))))
        .contains("Mention the person: `@Rituals admin add @Name`");
    assertThat(world.say(byIt(world.app.activities.mention("admin remove Bob"))))
        .contains("I can't tell who \"Bob\" is: @mention them");
    assertThat(world.say(byIt(world.app.activities.mention("admin ad"))))
        .contains("not a subcommand of admin");

    ObjectNode two = world.mentioning("admin add", BOB, BOB_NAME);
    ObjectNode alice = ((ArrayNode) two.get("entities")).addObject();
    alice.put("type", "mention").put("text", "<at>Alice Adams</at>");
    alice.putObject("mentioned").put("id", Activities.ALICE).put("name", Activities.ALICE_NAME);
    assertThat(world.say(byIt(two))).contains("Mention one person at a time");
    assertThat(world.say(byIt(world.app.activities.mention("admins"))))
        .doesNotContain("Bob Brown", "Alice Adams");
  }

  @Test
  void peopleOfAnotherOrganisationAndGuestsCannotBeMadeAdmins() throws Exception {
    world(Set.of());
    world.app.connector.knowsMember("29:eve", "Eve Else", "aad-eve", "tenant-2", "user");
    world.app.connector.knowsMember("29:gia", "Gia Guest", "aad-gia", Activities.TENANT, "guest");

    assertThat(world.say(byIt(world.mentioning("admin add", "29:eve", "Eve Else"))))
        .contains("belongs to another organisation");
    assertThat(world.say(byIt(world.mentioning("admin add", "29:gia", "Gia Guest"))))
        .contains("is a guest here");
    assertThat(world.say(byIt(world.app.activities.mention("admins"))))
        .doesNotContain("Eve Else", "Gia Guest");
  }

  @Test
  void anAdminOfOneTenantCannotGrantInAnother() throws Exception {
    world(Set.of());

    assertThat(world.say(inOtherTenant(byIt(world.mentioning("admin add", BOB, BOB_NAME)))))
        .contains("Only Rituals admins");
    assertThat(world.say(inOtherTenant(world.app.activities.mention("admins"))))
        .contains("no Rituals admins yet");
  }

  @Test
  void theLastAdminCannotRemoveThemselves() throws Exception {
    world(Set.of());

    assertThat(world.say(byIt(world.mentioning("admin remove", IT, IT_NAME))))
        .contains("last Rituals admin");
    assertThat(world.say(byIt(world.app.activities.mention(SCHEDULE))))
        .doesNotContain("Only moderators");
  }

  @Test
  void withAConfiguredAdminTheLastStoredOneMayLeave() throws Exception {
    world(Set.of(new TeamsAdminId(Activities.TENANT, "aad-bob")));

    assertThat(world.say(byIt(world.mentioning("admin remove", IT, IT_NAME))))
        .contains("no longer a Rituals admin");
    assertThat(world.say(byBob(world.mentioning("admin remove", BOB, BOB_NAME))))
        .contains("through the app's configuration (RITUALS_TEAMS_ADMINS)");
    assertThat(world.say(byBob(world.mentioning("admin remove", IT, IT_NAME))))
        .contains("not a Rituals admin");
  }
}
