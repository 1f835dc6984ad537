package dev.rituals.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.bot.connector.authentication.AppCredentials;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Settings and the credentials the adapter builds from them. */
class TeamsSettingsTest {
  private static final String APP_ID = "00000000-1111-2222-3333-444444444444";
  private static final String TENANT = "99999999-8888-7777-6666-555555555555";
  private static final String SCOPE = "https://api.botframework.com/.default";

  @Test
  void idAndPasswordGoTogether() {
    assertThatThrownBy(() -> new TeamsSettings(APP_ID, "", Optional.empty(), Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MicrosoftAppId and MicrosoftAppPassword");
    assertThat(TeamsSettings.local().authEnabled()).isFalse();
    assertThat(new TeamsSettings(APP_ID, "pw", Optional.empty(), Set.of()).authEnabled()).isTrue();
  }

  @Test
  void passwordNeverShowsInToString() {
    assertThat(new TeamsSettings(APP_ID, "s3cret-value", Optional.empty(), Set.of()).toString())
        .doesNotContain("s3cret-value");
  }

  @Test
  void tenantRestrictionAllowsOnlyTheListedTenants() {
    TeamsSettings open = TeamsSettings.local();
    TeamsSettings closed = new TeamsSettings("", "", Optional.empty(), Set.of("tenant-1"));

    assertThat(open.tenantAllowed("anyone")).isTrue();
    assertThat(closed.tenantAllowed("tenant-1")).isTrue();
    assertThat(closed.tenantAllowed("tenant-2")).isFalse();
  }

  @Test
  void singleTenantBotsGetTheirTokensFromTheirOwnTenant() {
    TeamsAdapter adapter =
        new TeamsAdapter(new TeamsSettings(APP_ID, "pw", Optional.of(TENANT), Set.of()));

    AppCredentials credentials = adapter.buildAppCredentials(APP_ID, SCOPE).join();

    assertThat(credentials.oAuthEndpoint()).endsWith(TENANT);
  }

  @Test
  void multiTenantBotsUseTheBotFrameworkTenant() {
    TeamsAdapter adapter =
        new TeamsAdapter(new TeamsSettings(APP_ID, "pw", Optional.empty(), Set.of()));

    AppCredentials credentials = adapter.buildAppCredentials(APP_ID, SCOPE).join();

    assertThat(credentials.oAuthEndpoint()).endsWith("botframework.com");
  }
}
