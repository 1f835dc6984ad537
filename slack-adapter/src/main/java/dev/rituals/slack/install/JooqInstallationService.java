package dev.rituals.slack.install;

import static dev.rituals.slack.install.InstallTables.*;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Slack installations in the database, one row per workspace (keyed by team id) or per org-wide
 * install (keyed by enterprise id). Only the latest installation is kept: a re-install replaces it.
 */
public final class JooqInstallationService implements InstallationService {
  private final DSLContext dsl;
  private final Clock clock;

  public JooqInstallationService(DSLContext dsl, Clock clock) {
    this.dsl = dsl;
    this.clock = clock;
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
      throw new UnsupportedOperationException("only the latest installation is kept");
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
              .set(BOT_TOKEN, i.getBotAccessToken())
              .set(BOT_SCOPES, i.getBotScope())
              .set(BOT_REFRESH_TOKEN, i.getBotRefreshToken())
              .set(BOT_TOKEN_EXPIRES_AT, i.getBotTokenExpiresAt())
              .set(USER_ID, i.getInstallerUserId())
              .set(USER_TOKEN, i.getInstallerUserAccessToken())
              .set(USER_SCOPES, i.getInstallerUserScope())
              .set(USER_REFRESH_TOKEN, i.getInstallerUserRefreshToken())
              .set(USER_TOKEN_EXPIRES_AT, i.getInstallerUserTokenExpiresAt())
              .set(INSTALLED_AT, OffsetDateTime.ofInstant(installedAt, ZoneOffset.UTC))
              .execute();
        });
  }

  /** Token rotation refreshed the bot token. */
  @Override
  public void saveBot(Bot bot) {
    dsl.update(INSTALLATION)
        .set(BOT_TOKEN, bot.getBotAccessToken())
        .set(BOT_REFRESH_TOKEN, bot.getBotRefreshToken())
        .set(BOT_TOKEN_EXPIRES_AT, bot.getBotTokenExpiresAt())
        .where(KEY.eq(key(bot.getEnterpriseId(), bot.getTeamId(), bot.getIsEnterpriseInstall())))
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
    return find(enterpriseId, teamId).map(InstallationRows::toBot).orElse(null);
  }

  @Override
  public Installer findInstaller(String enterpriseId, String teamId, String userId) {
    return find(enterpriseId, teamId)
        .filter(row -> userId == null || userId.equals(row.get(USER_ID)))
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
