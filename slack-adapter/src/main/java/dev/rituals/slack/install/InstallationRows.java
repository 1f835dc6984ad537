package dev.rituals.slack.install;

import static dev.rituals.slack.install.InstallTables.*;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import org.jooq.Record;

/** slack_installation rows as Bolt's installation models. */
final class InstallationRows {
  private InstallationRows() {}

  static Bot toBot(Record row) {
    DefaultBot bot = new DefaultBot();
    bot.setAppId(row.get(APP_ID));
    bot.setEnterpriseId(row.get(ENTERPRISE_ID));
    bot.setEnterpriseName(row.get(ENTERPRISE_NAME));
    bot.setEnterpriseUrl(row.get(ENTERPRISE_URL));
    bot.setIsEnterpriseInstall(row.get(ENTERPRISE_INSTALL));
    bot.setTeamId(row.get(TEAM_ID));
    bot.setTeamName(row.get(TEAM_NAME));
    bot.setTokenType(row.get(TOKEN_TYPE));
    bot.setScope(row.get(BOT_SCOPES));
    bot.setBotId(row.get(BOT_ID));
    bot.setBotUserId(row.get(BOT_USER_ID));
    bot.setBotScope(row.get(BOT_SCOPES));
    bot.setBotAccessToken(row.get(BOT_TOKEN));
    bot.setBotRefreshToken(row.get(BOT_REFRESH_TOKEN));
    bot.setBotTokenExpiresAt(row.get(BOT_TOKEN_EXPIRES_AT));
    bot.setInstalledAt(row.get(INSTALLED_AT).toInstant().toEpochMilli());
    return bot;
  }

  static Installer toInstaller(Record row) {
    return DefaultInstaller.builder()
        .appId(row.get(APP_ID))
        .enterpriseId(row.get(ENTERPRISE_ID))
        .enterpriseName(row.get(ENTERPRISE_NAME))
        .enterpriseUrl(row.get(ENTERPRISE_URL))
        .isEnterpriseInstall(row.get(ENTERPRISE_INSTALL))
        .teamId(row.get(TEAM_ID))
        .teamName(row.get(TEAM_NAME))
        .tokenType(row.get(TOKEN_TYPE))
        .scope(row.get(BOT_SCOPES))
        .botId(row.get(BOT_ID))
        .botUserId(row.get(BOT_USER_ID))
        .botScope(row.get(BOT_SCOPES))
        .botAccessToken(row.get(BOT_TOKEN))
        .botRefreshToken(row.get(BOT_REFRESH_TOKEN))
        .botTokenExpiresAt(row.get(BOT_TOKEN_EXPIRES_AT))
        .installerUserId(row.get(USER_ID))
        .installerUserAccessToken(row.get(USER_TOKEN))
        .installerUserScope(row.get(USER_SCOPES))
        .installerUserRefreshToken(row.get(USER_REFRESH_TOKEN))
        .installerUserTokenExpiresAt(row.get(USER_TOKEN_EXPIRES_AT))
        .installedAt(row.get(INSTALLED_AT).toInstant().toEpochMilli())
        .build();
  }
}
