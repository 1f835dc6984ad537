package dev.rituals.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.model.builtin.DefaultInstaller;
import dev.rituals.app.AppConfig;
import dev.rituals.app.Databases;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.secret.SecretBox;
import dev.rituals.core.secret.SecretKeyring;
import dev.rituals.db.Database;
import dev.rituals.db.JooqRepositories;
import dev.rituals.db.repository.JooqIssuerKeys;
import dev.rituals.slack.install.JooqInstallationService;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar rituals.jar rotate-key} on the embedded database, as an operator runs it. */
class RotateKeyCommandTest {
  static final byte[] OLD = filled(3);
  static final byte[] NEW = filled(5);

  @TempDir Path dataDir;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void rotatingMovesEveryStoredTokenToTheNewKeySoTheOldKeyCanBeDropped() {
    install(OLD, "T1", "xoxb-first-school");
    install(OLD, "T2", "xoxb-second-school");

    int exit = run(Map.of("RITUALS_SECRET_KEY", b64(NEW), "RITUALS_SECRET_KEY_PREVIOUS", b64(OLD)));

    assertThat(exit).as(text(err)).isZero();
    assertThat(text(out))
        .contains("2 Slack installations")
        .contains(SecretKeyring.of(NEW, List.of()).currentId())
        .doesNotContain("xoxb");
    assertThat(tokenWithOnly(NEW, "T1")).isEqualTo("xoxb-first-school");
    assertThat(tokenWithOnly(NEW, "T2")).isEqualTo("xoxb-second-school");

    out.reset();
    assertThat(run(Map.of("RITUALS_SECRET_KEY", b64(NEW)))).isZero();
    assertThat(text(out)).contains("0 Slack installations");
  }

  @Test
  void rotatingAlsoReSealsCommunitiesCredentialSigningKeys() {
    CommunityId community = CommunityId.random();
    String keyId;
    try (Database database = open()) {
      JooqRepositories.of(database)
          .ports()
          .communities()
          .save(
              new Community(
                  community,
                  new TenantRef(Platform.SLACK, "T1"),
                  "Science",
                  "",
                  ZoneOffset.UTC,
                  Set.of(),
                  Instant.parse("2026-11-01T00:00:00Z")));
      keyId = issuerKeys(database, OLD).signingKey(community).keyId();
    }

    int exit = run(Map.of("RITUALS_SECRET_KEY", b64(NEW), "RITUALS_SECRET_KEY_PREVIOUS", b64(OLD)));

    assertThat(exit).as(text(err)).isZero();
    assertThat(text(out)).contains("1 credential signing key");
    try (Database database = open()) {
      assertThat(issuerKeys(database, NEW).signingKey(community).keyId()).isEqualTo(keyId);
    }
  }

  private static JooqIssuerKeys issuerKeys(Database database, byte[] key) {
    return new JooqIssuerKeys(
        database.dsl(), new SecretBox(SecretKeyring.of(key, List.of())), Clock.systemUTC());
  }

  @Test
  void withoutTheOldKeyNothingChangesAndTheMissingKeyIsNamed() {
    install(OLD, "T1", "xoxb-first-school");

    int exit = run(Map.of("RITUALS_SECRET_KEY", b64(NEW)));

    assertThat(exit).isEqualTo(1);
    assertThat(text(err))
        .contains("Nothing was changed")
        .contains(SecretKeyring.of(OLD, List.of()).currentId())
        .contains("RITUALS_SECRET_KEY_PREVIOUS");
    assertThat(tokenWithOnly(OLD, "T1")).isEqualTo("xoxb-first-school");
  }

  @Test
  void withoutAnyKeyItSaysWhatToSet() {
    assertThat(run(Map.of())).isEqualTo(2);
    assertThat(text(err)).contains("RITUALS_SECRET_KEY").contains("openssl rand -base64 32");
  }

  private int run(Map<String, String> keys) {
    Map<String, String> env = new HashMap<>(keys);
    env.put("RITUALS_DATA_DIR", dataDir.toString());
    return new RotateKeyCommand(
            env,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8))
        .call();
  }

  private void install(byte[] key, String team, String token) {
    try (Database database = open()) {
      DefaultInstaller install = new DefaultInstaller();
      install.setTeamId(team);
      install.setBotAccessToken(token);
      install.setBotUserId("UB");
      install.setInstallerUserId("U1");
      store(database, key).saveInstallerAndBot(install);
    }
  }

  private String tokenWithOnly(byte[] key, String team) {
    try (Database database = open()) {
      return store(database, key).botToken(team).orElseThrow();
    }
  }

  private Database open() {
    return Databases.open(AppConfig.from(Map.of("RITUALS_DATA_DIR", dataDir.toString())));
  }

  private static JooqInstallationService store(Database database, byte[] key) {
    return new JooqInstallationService(
        database.dsl(), Clock.systemUTC(), new SecretBox(SecretKeyring.of(key, List.of())));
  }

  private static String text(ByteArrayOutputStream stream) {
    return stream.toString(StandardCharsets.UTF_8);
  }

  private static String b64(byte[] key) {
    return Base64.getEncoder().encodeToString(key);
  }

  private static byte[] filled(int value) {
    byte[] key = new byte[32];
    java.util.Arrays.fill(key, (byte) value);
    return key;
  }
}
