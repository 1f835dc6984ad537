-- Slack OAuth installs (issue #3). Owned by the Slack adapter, which reads and writes these tables
-- with plain jOOQ DSL. Valid for H2 (MODE=PostgreSQL) and PostgreSQL.

-- One row per installation: a workspace, or a whole Enterprise Grid org for org-wide installs.
-- installation_key is the team id (T...) of a workspace install, or the enterprise id (E...) of an
-- org-wide install, which has no team id. Re-installing replaces the row.
CREATE TABLE slack_installation (
    installation_key             VARCHAR(64)   NOT NULL,
    team_id                      VARCHAR(64),
    team_name                    VARCHAR(255),
    enterprise_id                VARCHAR(64),
    enterprise_name              VARCHAR(255),
    enterprise_url               VARCHAR(512),
    is_enterprise_install        BOOLEAN       NOT NULL DEFAULT FALSE,
    app_id                       VARCHAR(64),
    token_type                   VARCHAR(32),
    bot_id                       VARCHAR(64),
    bot_user_id                  VARCHAR(64),
    bot_token                    VARCHAR(512),
    bot_scopes                   VARCHAR(2000),
    bot_refresh_token            VARCHAR(512),
    bot_token_expires_at         BIGINT,
    installer_user_id            VARCHAR(64),
    installer_user_token         VARCHAR(512),
    installer_user_scopes        VARCHAR(2000),
    installer_user_refresh_token VARCHAR(512),
    installer_user_token_expires_at BIGINT,
    installed_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_slack_installation PRIMARY KEY (installation_key)
);

CREATE INDEX ix_slack_installation_enterprise ON slack_installation (enterprise_id);

-- OAuth "state" values handed out by /slack/install; each is good once, for ten minutes.
CREATE TABLE slack_oauth_state (
    state       VARCHAR(128)             NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_slack_oauth_state PRIMARY KEY (state)
);

CREATE INDEX ix_slack_oauth_state_expires ON slack_oauth_state (expires_at);
