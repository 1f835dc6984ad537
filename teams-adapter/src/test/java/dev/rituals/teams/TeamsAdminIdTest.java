package dev.rituals.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TeamsAdminIdTest {
  private static final String TENANT = "AAAAAAAA-1111-2222-3333-444444444444";
  private static final String PERSON = "BBBBBBBB-5555-6666-7777-888888888888";

  @Test
  void idsInEitherCaseNameTheSamePerson() {
    assertThat(new TeamsAdminId(TENANT, " " + PERSON))
        .isEqualTo(new TeamsAdminId(TENANT.toLowerCase(), PERSON.toLowerCase()));
    assertThat(TeamsAdminId.parseList(TENANT + "/" + PERSON))
        .containsExactly(new TeamsAdminId(TENANT.toLowerCase(), PERSON.toLowerCase()));
  }

  @Test
  void blankIdsAreRefused() {
    assertThatThrownBy(() -> new TeamsAdminId(" ", PERSON))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(TeamsAdminId.parseList("  ")).isEmpty();
  }

  @Test
  void everyBadEntryIsNamedAndAVeryLongOneIsCut() {
    String pasted = "x".repeat(200);
    assertThatThrownBy(() -> TeamsAdminId.parseList("a/b, " + pasted + "," + TENANT + "/" + PERSON))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("RITUALS_TEAMS_ADMINS has \"a/b\", \"" + "x".repeat(77) + "...\":")
        .hasMessageNotContaining("x".repeat(78))
        .hasMessageNotContaining(PERSON);
  }
}
