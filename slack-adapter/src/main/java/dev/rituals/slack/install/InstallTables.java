package dev.rituals.slack.install;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.OffsetDateTime;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * The tables of db/migration/common/V20__slack.sql, by name. The adapter must not depend on the db
 * module, so it cannot use the generated jOOQ classes; these few names are the contract.
 */
final class InstallTables {
  private InstallTables() {}

  static final Table<Record> INSTALLATION = table(name("slack_installation"));
  static final Field<String> KEY = field(name("installation_key"), SQLDataType.VARCHAR);
  static final Field<String> TEAM_ID = field(name("team_id"), SQLDataType.VARCHAR);
  static final Field<String> TEAM_NAME = field(name("team_name"), SQLDataType.VARCHAR);
  static final Field<String> ENTERPRISE_ID = field(name("enterprise_id"), SQLDataType.VARCHAR);
  static final Field<String> ENTERPRISE_NAME = field(name("enterprise_name"), SQLDataType.VARCHAR);
  static final Field<String> ENTERPRISE_URL = field(name("enterprise_url"), SQLDataType.VARCHAR);
  static final Field<Boolean> ENTERPRISE_INSTALL =
      field(name("is_enterprise_install"), SQLDataType.BOOLEAN);
  static final Field<String> APP_ID = field(name("app_id"), SQLDataType.VARCHAR);
  static final Field<String> TOKEN_TYPE = field(name("token_type"), SQLDataType.VARCHAR);
  static final Field<String> BOT_ID = field(name("bot_id"), SQLDataType.VARCHAR);
  static final Field<String> BOT_USER_ID = field(name("bot_user_id"), SQLDataType.VARCHAR);
  static final Field<String> BOT_TOKEN = field(name("bot_token"), SQLDataType.VARCHAR);
  static final Field<String> BOT_SCOPES = field(name("bot_scopes"), SQLDataType.VARCHAR);
  static final Field<String> BOT_REFRESH_TOKEN =
      field(name("bot_refresh_token"), SQLDataType.VARCHAR);
  static final Field<Long> BOT_TOKEN_EXPIRES_AT =
      field(name("bot_token_expires_at"), SQLDataType.BIGINT);
  static final Field<String> USER_ID = field(name("installer_user_id"), SQLDataType.VARCHAR);
  static final Field<String> USER_TOKEN = field(name("installer_user_token"), SQLDataType.VARCHAR);
  static final Field<String> USER_SCOPES =
      field(name("installer_user_scopes"), SQLDataType.VARCHAR);
  static final Field<String> USER_REFRESH_TOKEN =
      field(name("installer_user_refresh_token"), SQLDataType.VARCHAR);
  static final Field<Long> USER_TOKEN_EXPIRES_AT =
      field(name("installer_user_token_expires_at"), SQLDataType.BIGINT);
  static final Field<OffsetDateTime> INSTALLED_AT =
      field(name("installed_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);

  static final Table<Record> OAUTH_STATE = table(name("slack_oauth_state"));
  static final Field<String> STATE = field(name("state"), SQLDataType.VARCHAR);
  static final Field<OffsetDateTime> EXPIRES_AT =
      field(name("expires_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
}
