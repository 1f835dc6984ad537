package dev.rituals.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rituals.teams.TeamsAdminId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code RITUALS_TEAMS_ADMINS}: read at start-up, a bad entry named in the start-up error. */
class TeamsAdminsConfigTest {
  private static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
  private static final String ANA = "0b8f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d";
  private static final String BEN = "1c9e2d3f-4a5b-4c6d-9e7f-8a9b0c1d2e3f";

  @Test
  void listedAdminsReachTheTeamsSettings() {
    AppConfig config =
        AppConfig.from(
            Map.of(
                "RITUALS_TEAMS_ADMINS",
                TENANT + "/" + ANA + " , " + TENANT.toUpperCase() + "/" + BEN));

    assertThat(config.teams().orElseThrow().admins())
        .containsExactlyInAnyOrder(new TeamsAdminId(TENANT, ANA), new TeamsAdminId(TENANT, BEN));
  }

  @Test
  void unsetMeansNoConfiguredAdmins() {
    assertThat(AppConfig.from(Map.of()).teams().orElseThrow().admins()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ana@school.org", "not-a-guid/" + ANA, TENANT + "/" + ANA + "/x", TENANT})
  void aBadEntryIsNamedInTheStartUpError(String bad) {
    String value = TENANT + "/" + BEN + "," + bad;

    assertThatThrownBy(() -> AppConfig.from(Map.of("RITUALS_TEAMS_ADMINS", value)))
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e ->
                assertThat(((ConfigException) e).problems())
                    .anyMatch(
                        p ->
                            p.startsWith("RITUALS_TEAMS_ADMINS has \"" + bad + "\"")
                                && p.contains("<tenant id>/<user object id>")
                                && !p.contains(BEN)));
  }

  @Test
  void anEmptyEntryFromAStrayCommaIsReported() {
    assertThatThrownBy(
            () -> AppConfig.from(Map.of("RITUALS_TEAMS_ADMINS", TENANT + "/" + ANA + ",,")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("an empty entry");
  }
}
