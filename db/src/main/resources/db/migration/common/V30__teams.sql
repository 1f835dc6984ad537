-- Teams adapter: Bot Framework ConversationReferences, so proactive messages (prompts, DMs)
-- can reach a channel or a person after a restart. The reference itself is stored as the
-- SDK's JSON; the columns beside it are what we look references up by.

-- One row per conversation the bot was installed in or spoke in: a team's channel
-- ("19:...@thread.tacv2", without the ";messageid=" reply-chain suffix), a group chat,
-- or a personal chat ("a:...").
CREATE TABLE teams_conversation_ref (
    tenant_id         VARCHAR(256)  NOT NULL,
    conversation_id   VARCHAR(512)  NOT NULL,
    conversation_type VARCHAR(32)   NOT NULL,
    team_id           VARCHAR(512),
    service_url       VARCHAR(2048) NOT NULL,
    reference_json    VARCHAR(16000) NOT NULL,
    greeted_at        TIMESTAMP WITH TIME ZONE,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_teams_conversation_ref PRIMARY KEY (tenant_id, conversation_id)
);

CREATE INDEX ix_teams_conversation_ref_team ON teams_conversation_ref (tenant_id, team_id);

-- The personal (1:1) chat with one person, so a direct message needs no conversation
-- to be created again. user_id is the Teams user id the bot sees ("29:...").
CREATE TABLE teams_personal_ref (
    tenant_id       VARCHAR(256)   NOT NULL,
    user_id         VARCHAR(256)   NOT NULL,
    conversation_id VARCHAR(512)   NOT NULL,
    service_url     VARCHAR(2048)  NOT NULL,
    reference_json  VARCHAR(16000) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_teams_personal_ref PRIMARY KEY (tenant_id, user_id)
);
