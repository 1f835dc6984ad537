package dev.rituals.slack.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import dev.rituals.core.testing.MutableClock;
import dev.rituals.db.Database;
import dev.rituals.db.testing.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The jOOQ installation and OAuth state stores on the tables of V20__slack.sql, migrated by Flyway
 * like production. One subclass per database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InstallStoreContract {
  private final Database database = open();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-06T07:00:00Z"));
  private final JooqInstallationService installs =
      new JooqInstallationService(database.dsl(), clock);
  private final JooqOAuthStateService states = new JooqOAuthStateService(database.dsl(), clock);

  abstract Database open();

  @BeforeEach
  void empty() {
    TestDatabases.wipe(database);
  }

  @AfterAll
  void close() {
    database.close();
  }

  @Test
  void historicalInstallationDataIsRefusedNotSilentlyIgnored() {
    assertThat(installs.isHistoricalDataEnabled()).isFalse();
    installs.setHistoricalDataEnabled(false);
    assertThatThrownBy(() -> installs.setHistoricalDataEnabled(true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("latest installation");
    assertThat(installs.isHistoricalDataEnabled()).isFalse();
  }

  @Test
  void installationIsFoundByItsTeamWithItsBotToken() {
    installs.saveInstallerAndBot(workspace("T1", "xoxb-one", "U1"));

    Bot bot = installs.findBot(null, "T1");

    assertThat(bot.getBotAccessToken()).isEqualTo("xoxb-one");
    assertThat(bot.getBotUserId()).isEqualTo("UB1");
    assertThat(bot.getTeamId()).isEqualTo("T1");
    assertThat(installs.botToken("T1")).contains("xoxb-one");
    assertThat(installs.findBot(null, "T2")).isNull();
    assertThat(installs.findInstaller(null, "T1", "U1").getInstallerUserId()).isEqualTo("U1");
    assertThat(installs.findInstaller(null, "T1", "USOMEONE")).isNull();
  }

  @Test
  void reinstallingReplacesTheWorkspacesRow() {
    installs.saveInstallerAndBot(workspace("T1", "xoxb-old", "U1"));
    installs.saveInstallerAndBot(workspace("T1", "xoxb-new", "U2"));

    assertThat(installs.botToken("T1")).contains("xoxb-new");
    assertThat(database.dsl().fetchCount(InstallTables.INSTALLATION)).isEqualTo(1);
  }

  @Test
  void orgWideInstallServesEveryWorkspaceOfTheOrgButNotOthers() {
    DefaultInstaller org = workspace(null, "xoxb-org", "U1");
    org.setEnterpriseId("E1");
    org.setIsEnterpriseInstall(true);
    installs.saveInstallerAndBot(org);

    assertThat(installs.findBot("E1", "T7").getBotAccessToken()).isEqualTo("xoxb-org");
    assertThat(installs.findBot("E2", "T7")).isNull();
    assertThat(installs.findBot(null, "T7")).isNull();
  }

  @Test
  void forgettingAWorkspaceLeavesTheOthers() {
    installs.saveInstallerAndBot(workspace("T1", "xoxb-one", "U1"));
    installs.saveInstallerAndBot(workspace("T2", "xoxb-two", "U2"));

    installs.deleteAll(null, "T1");

    assertThat(installs.botToken("T1")).isEmpty();
    assertThat(installs.botToken("T2")).contains("xoxb-two");
  }

  @Test
  void rotatedBotTokenIsStored() {
    installs.saveInstallerAndBot(workspace("T1", "xoxe.xoxb-old", "U1"));
    DefaultBot rotated = (DefaultBot) installs.findBot(null, "T1");
    rotated.setBotAccessToken("xoxe.xoxb-new");
    rotated.setBotRefreshToken("xoxe-refresh-2");

    installs.saveBot(rotated);

    Bot bot = installs.findBot(null, "T1");
    assertThat(bot.getBotAccessToken()).isEqualTo("xoxe.xoxb-new");
    assertThat(bot.getBotRefreshToken()).isEqualTo("xoxe-refresh-2");
  }

  @Test
  void oauthStateWorksOnceWithinTenMinutes() {
    states.addNewStateToDatastore("state-1");

    clock.advance(Duration.ofMinutes(9));
    assertThat(states.isAvailableInDatabase("state-1")).isTrue();
    assertThat(states.isAvailableInDatabase("state-1")).as("reused").isFalse();
  }

  @Test
  void oauthStateExpiresAfterTenMinutes() {
    states.addNewStateToDatastore("state-2");

    clock.advance(Duration.ofMinutes(10).plusSeconds(1));

    assertThat(states.isAvailableInDatabase("state-2")).isFalse();
  }

  @Test
  void unknownOauthStateIsRefused() {
    assertThat(states.isAvailableInDatabase("never-issued")).isFalse();
  }

  @Test
  void tokensAreStoredSealedAndASealedTokenMovedToAnotherWorkspaceDoesNotOpen() {
    JooqInstallationService sealed =
        new JooqInstallationService(database.dsl(), clock, box(OLD_KEY));
    DefaultInstaller install = workspace("T1", "xoxb-secret-one", "U1");
    install.setInstallerUserAccessToken("xoxp-user-secret");
    install.setBotRefreshToken("xoxe-1-refresh-secret");
    sealed.saveInstallerAndBot(install);
    sealed.saveInstallerAndBot(workspace("T2", "xoxb-secret-two", "U2"));

    String row = database.dsl().selectFrom(InstallTables.INSTALLATION).fetch().formatCSV();
    assertThat(row).doesNotContain("xoxb-", "xoxp-", "xoxe-", "secret").contains("enc:v1:");
    assertThat(sealed.botToken("T1")).contains("xoxb-secret-one");
    assertThat(sealed.findInstaller(null, "T1", "U1").getInstallerUserAccessToken())
        .isEqualTo("xoxp-user-secret");

    String t1Token =
        database
            .dsl()
            .select(InstallTables.BOT_TOKEN)
            .from(InstallTables.INSTALLATION)
            .where(InstallTables.KEY.eq("T1"))
            .fetchOne(InstallTables.BOT_TOKEN);
    database
        .dsl()
        .update(InstallTables.INSTALLATION)
        .set(InstallTables.BOT_TOKEN, t1Token)
        .where(InstallTables.KEY.eq("T2"))
        .execute();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> sealed.botToken("T2"))
        .isInstanceOf(dev.rituals.core.secret.SecretBox.SecretException.class);
  }

  @Test
  void aLongTokenStillFitsOnceSealed() {
    String longToken = "xoxe.xoxb-1-" + "A".repeat(500);
    DefaultInstaller install = workspace("T9", longToken, "U9");
    install.setBotRefreshToken("xoxe-1-" + "B".repeat(500));
    install.setInstallerUserAccessToken("xoxp-" + "C".repeat(500));
    installs.saveInstallerAndBot(install);

    assertThat(installs.botToken("T9")).contains(longToken);
    assertThat(installs.findBot(null, "T9").getBotRefreshToken()).endsWith("B".repeat(500));
  }

  @Test
  void resealingAfterAKeyRotationMovesEveryTokenToTheNewKeyIncludingOnesStoredInClear() {
    installs.saveInstallerAndBot(workspace("T0", "xoxb-zero", "U0"));
    database
        .dsl()
        .update(InstallTables.INSTALLATION)
        .set(InstallTables.BOT_TOKEN, "xoxb-stored-before-sealing")
        .where(InstallTables.KEY.eq("T0"))
        .execute();
    new JooqInstallationService(database.dsl(), clock, box(OLD_KEY))
        .saveInstallerAndBot(workspace("T1", "xoxb-one", "U1"));

    JooqInstallationService rotated =
        new JooqInstallationService(
            database.dsl(),
            clock,
            new dev.rituals.core.secret.SecretBox(
                dev.rituals.core.secret.SecretKeyring.of(NEW_KEY, java.util.List.of(OLD_KEY))));
    assertThat(rotated.resealAll()).isEqualTo(2);
    assertThat(rotated.resealAll()).as("nothing left to do").isZero();

    JooqInstallationService newKeyOnly =
        new JooqInstallationService(database.dsl(), clock, box(NEW_KEY));
    assertThat(newKeyOnly.botToken("T1")).contains("xoxb-one");
    assertThat(newKeyOnly.botToken("T0")).contains("xoxb-stored-before-sealing");
    assertThat(database.dsl().selectFrom(InstallTables.INSTALLATION).fetch().formatCSV())
        .doesNotContain("xoxb-");
  }

  static final byte[] OLD_KEY = filled(7);
  static final byte[] NEW_KEY = filled(9);

  private static byte[] filled(int value) {
    byte[] key = new byte[32];
    java.util.Arrays.fill(key, (byte) value);
    return key;
  }

  private static dev.rituals.core.secret.SecretBox box(byte[] key) {
    return new dev.rituals.core.secret.SecretBox(
        dev.rituals.core.secret.SecretKeyring.of(key, java.util.List.of()));
  }

  private DefaultInstaller workspace(String teamId, String token, String installer) {
    return DefaultInstaller.builder()
        .appId("A0RITUALS")
        .teamId(teamId)
        .teamName("School " + teamId)
        .botId("B1")
        .botUserId("UB1")
        .botAccessToken(token)
        .botRefreshToken(token.startsWith("xoxe") ? "xoxe-refresh-1" : null)
        .botScope("chat:write,commands")
        .installerUserId(installer)
        .isEnterpriseInstall(false)
        .tokenType("bot")
        .installedAt(clock.millis())
        .build();
  }
}
