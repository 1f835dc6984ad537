package dev.rituals.slack.install;

import static dev.rituals.slack.install.InstallTables.*;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
import dev.rituals.core.secret.SecretBox;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/**
 * Slack installations in the database, one row per workspace (keyed by team id) or per org-wide
 * install (keyed by enterprise id). Only the latest installation is kept: a re-install replaces it.
 * Tokens are sealed with a {@link SecretBox} (AES-GCM, bound to their row) before they are stored.
 */
public final class JooqInstallationService implements InstallationService {
  private static final List<Field<String>> TOKENS =
      List.of(BOT_TOKEN, BOT_REFRESH_TOKEN, USER_TOKEN, USER_REFRESH_TOKEN);

  private final DSLContext dsl;
  private final Clock clock;
  private final SecretBox secrets;

  public JooqInstallationService(DSLContext dsl, Clock clock, SecretBox secrets) {
    this.dsl = dsl;
    this.clock = clock;
    this.secrets = secrets;
  }

  /** With a per-process key: for tests and throwaway runs (installs don't survive a restart). */
  public JooqInstallationService(DSLContext dsl, Clock clock) {
    this(dsl, clock, SecretBox.ephemeral());
  }

  /**
   * Re-seals every stored token with the box's current key (after a key rotation, or tokens stored
   * before sealing); one transaction, so a failure leaves every row as it was.
   *
   * @return how many rows changed
   */
  public int resealAll() {
    return dsl.transactionResult(
        cfg -> {
          int changed = 0;
          for (Record row : cfg.dsl().selectFrom(INSTALLATION).forUpdate().fetch()) {
            String key = row.get(KEY);
            var update = cfg.dsl().update(INSTALLATION).set(KEY, key);
            boolean stale = false;
            for (Field<String> column : TOKENS) {
              String stored = row.get(column);
              if (!secrets.sealedWithCurrentKey(stored)) {
                stale = true;
                update =
                    update.set(
                        column,
                        secrets.seal(
                            secrets.open(stored, context(column, key)), context(column, key)));
              }
            }
            if (stale) {
              update.where(KEY.eq(key)).execute();
              changed++;
            }
          }
          return changed;
        });
  }

  private String seal(Field<String> column, String key, String token) {
    return secrets.seal(token, context(column, key));
  }

  /** The fetched row (our own copy) with its tokens opened, for Bolt's models. */
  private Record opened(Record row) {
    String key = row.get(KEY);
    for (Field<String> column : TOKENS) {
      row.set(column, secrets.open(row.get(column), context(column, key)));
    }
    return row;
  }

  private static String context(Field<String> column, String key) {
    return "slack_installation." + column.getName() + ":" + key;
  }

  /** The workspace's bot token, for sending outside a request. */
  public Optional<String> botToken(String teamId) {
    return Optional.ofNullable(findBot(null, teamId)).map(Bot::getBotAccessToken);
  }

  @Override
  public boolean isHistoricalDataEnabled() {
    return false;
  }

  @Override
  public void setHistoricalDataEnabled(boolean enabled) {
    if (enabled) {
      throw new IllegalArgumentException(
          "historical installation data is not kept: only each workspace's latest installation");
    }
  }

  @Override
  public void saveInstallerAndBot(Installer i) {
    String key = key(i.getEnterpriseId(), i.getTeamId(), i.getIsEnterpriseInstall());
    Instant installedAt =
        i.getInstalledAt() == null ? clock.instant() : Instant.ofEpochMilli(i.getInstalledAt());
    dsl.transaction(
        cfg -> {
          cfg.dsl().deleteFrom(INSTALLATION).where(KEY.eq(key)).execute();
          cfg.dsl()
              .insertInto(INSTALLATION)
              .set(KEY, key)
              .set(TEAM_ID, i.getTeamId())
              .set(TEAM_NAME, i instanceof DefaultInstaller d ? d.getTeamName() : null)
              .set(ENTERPRISE_ID, i.getEnterpriseId())
              .set(ENTERPRISE_NAME, i instanceof DefaultInstaller d ? d.getEnterpriseName() : null)
              .set(ENTERPRISE_URL, i.getEnterpriseUrl())
              .set(ENTERPRISE_INSTALL, Boolean.TRUE.equals(i.getIsEnterpriseInstall()))
              .set(APP_ID, i.getAppId())
              .set(TOKEN_TYPE, i.getTokenType())
              .set(BOT_ID, i.getBotId())
              .set(BOT_USER_ID, i.getBotUserId())
              .set(BOT_TOKEN, seal(BOT_TOKEN, key, i.getBotAccessToken()))
              .set(BOT_SCOPES, i.getBotScope())
              .set(BOT_REFRESH_TOKEN, seal(BOT_REFRESH_TOKEN, key, i.getBotRefreshToken()))
              .set(BOT_TOKEN_EXPIRES_AT, i.getBotTokenExpiresAt())
              .set(USER_ID, i.getInstallerUserId())
              .set(USER_TOKEN, seal(USER_TOKEN, key, i.getInstallerUserAccessToken()))
              .set(USER_SCOPES, i.getInstallerUserScope())
              .set(
                  USER_REFRESH_TOKEN,
                  seal(USER_REFRESH_TOKEN, key, i.getInstallerUserRefreshToken()))
              .set(USER_TOKEN_EXPIRES_AT, i.getInstallerUserTokenExpiresAt())
              .set(INSTALLED_AT, OffsetDateTime.ofInstant(installedAt, ZoneOffset.UTC))
              .execute();
        });
  }

  /** Token rotation refreshed the bot token. */
  @Override
  public void saveBot(Bot bot) {
    String key = key(bot.getEnterpriseId(), bot.getTeamId(), bot.getIsEnterpriseInstall());
    dsl.update(INSTALLATION)
        .set(BOT_TOKEN, seal(BOT_TOKEN, key, bot.getBotAccessToken()))
        .set(BOT_REFRESH_TOKEN, seal(BOT_REFRESH_TOKEN, key, bot.getBotRefreshToken()))
        .set(BOT_TOKEN_EXPIRES_AT, bot.getBotTokenExpiresAt())
        .where(KEY.eq(key))
        .execute();
  }

  @Override
  public void deleteBot(Bot bot) {
    deleteAll(bot.getEnterpriseId(), bot.getTeamId());
  }

  @Override
  public void deleteInstaller(Installer installer) {
    dsl.update(INSTALLATION)
        .setNull(USER_ID)
        .setNull(USER_TOKEN)
        .setNull(USER_SCOPES)
        .setNull(USER_REFRESH_TOKEN)
        .setNull(USER_TOKEN_EXPIRES_AT)
        .where(
            KEY.eq(
                key(
                    installer.getEnterpriseId(),
                    installer.getTeamId(),
                    installer.getIsEnterpriseInstall())))
        .execute();
  }

  @Override
  public void deleteAll(String enterpriseId, String teamId) {
    dsl.deleteFrom(INSTALLATION).where(KEY.eq(key(enterpriseId, teamId, null))).execute();
  }

  @Override
  public Bot findBot(String enterpriseId, String teamId) {
    return find(enterpriseId, teamId).map(this::opened).map(InstallationRows::toBot).orElse(null);
  }

  @Override
  public Installer findInstaller(String enterpriseId, String teamId, String userId) {
    return find(enterpriseId, teamId)
        .filter(row -> userId == null || userId.equals(row.get(USER_ID)))
        .map(this::opened)
        .map(InstallationRows::toInstaller)
        .orElse(null);
  }

  /** The workspace's own install, else its org's org-wide install. */
  private Optional<Record> find(String enterpriseId, String teamId) {
    if (teamId != null) {
      Optional<Record> workspace =
          dsl.selectFrom(INSTALLATION).where(KEY.eq(teamId)).fetchOptional();
      if (workspace.isPresent()) {
        return workspace;
      }
    }
    if (enterpriseId == null) {
      return Optional.empty();
    }
    return dsl.selectFrom(INSTALLATION)
        .where(KEY.eq(enterpriseId))
        .and(ENTERPRISE_INSTALL.isTrue())
        .fetchOptional();
  }

  private static String key(String enterpriseId, String teamId, Boolean enterpriseInstall) {
    boolean orgWide = Boolean.TRUE.equals(enterpriseInstall) || teamId == null;
    String key = orgWide ? enterpriseId : teamId;
    if (key == null) {
      throw new IllegalArgumentException("an installation needs a team id or an enterprise id");
    }
    return key;
  }
}
