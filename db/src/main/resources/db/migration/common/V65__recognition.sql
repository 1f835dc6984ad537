-- Recognition and privacy (issue #6, points 5-7): badges, PD-hours settings, members' recognition
-- preferences, and the evidence the engine records (hostings, mentoring meetings).
-- Valid for H2 (MODE=PostgreSQL) and PostgreSQL. A person is (platform, tenant_id, user_id) as
-- elsewhere; "forget me" deletes these rows explicitly (see JooqMemberDataEraser), and deleting a
-- community cascades to all of them.

-- A member holds each kind of badge at most once per community: the key makes awarding idempotent.
CREATE TABLE badge (
  community_id UUID                     NOT NULL,
  platform     VARCHAR(16)              NOT NULL,
  tenant_id    VARCHAR(256)             NOT NULL,
  user_id      VARCHAR(256)             NOT NULL,
  kind         VARCHAR(32)              NOT NULL,
  awarded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  evidence     VARCHAR(300)             NOT NULL,
  CONSTRAINT badge_pk PRIMARY KEY (community_id, platform, tenant_id, user_id, kind),
  CONSTRAINT badge_community_fk FOREIGN KEY (community_id)
    REFERENCES community (id) ON DELETE CASCADE
);

-- One row per community once a moderator changed a default: the PD rule in minutes per activity,
-- what "forget me" does to answers (ANONYMISE or DELETE), and days answers are kept (NULL: always).
CREATE TABLE recognition_settings (
  community_id         UUID        NOT NULL,
  pd_live_chat_minutes INTEGER     NOT NULL,
  pd_prompt_minutes    INTEGER     NOT NULL,
  pd_meeting_minutes   INTEGER     NOT NULL,
  forget_mode          VARCHAR(16) NOT NULL,
  retention_days       INTEGER,
  CONSTRAINT recognition_settings_pk PRIMARY KEY (community_id),
  CONSTRAINT recognition_settings_community_fk FOREIGN KEY (community_id)
    REFERENCES community (id) ON DELETE CASCADE
);

-- A member's choices: announce badges or not; when they last got a private invitation.
CREATE TABLE member_recognition (
  community_id    UUID                     NOT NULL,
  platform        VARCHAR(16)              NOT NULL,
  tenant_id       VARCHAR(256)             NOT NULL,
  user_id         VARCHAR(256)             NOT NULL,
  announce_badges BOOLEAN                  NOT NULL,
  last_invited_at TIMESTAMP WITH TIME ZONE,
  CONSTRAINT member_recognition_pk PRIMARY KEY (community_id, platform, tenant_id, user_id),
  CONSTRAINT member_recognition_community_fk FOREIGN KEY (community_id)
    REFERENCES community (id) ON DELETE CASCADE
);

-- One host per occurrence: the first recorded stays.
CREATE TABLE hosted_occurrence (
  occurrence_id UUID                     NOT NULL,
  community_id  UUID                     NOT NULL,
  platform      VARCHAR(16)              NOT NULL,
  tenant_id     VARCHAR(256)             NOT NULL,
  user_id       VARCHAR(256)             NOT NULL,
  hosted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT hosted_occurrence_pk PRIMARY KEY (occurrence_id),
  CONSTRAINT hosted_occurrence_community_fk FOREIGN KEY (community_id)
    REFERENCES community (id) ON DELETE CASCADE,
  CONSTRAINT hosted_occurrence_occurrence_fk FOREIGN KEY (occurrence_id)
    REFERENCES occurrence (id) ON DELETE CASCADE
);
CREATE INDEX hosted_occurrence_host_idx ON hosted_occurrence (community_id, platform, tenant_id, user_id);

-- A meeting a member reported as held; meeting_ref names the pair in its round, so a redelivered
-- follow-up answer counts once.
CREATE TABLE mentoring_meeting (
  community_id UUID                     NOT NULL,
  meeting_ref  VARCHAR(200)             NOT NULL,
  platform     VARCHAR(16)              NOT NULL,
  tenant_id    VARCHAR(256)             NOT NULL,
  user_id      VARCHAR(256)             NOT NULL,
  met_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT mentoring_meeting_pk PRIMARY KEY (community_id, meeting_ref, platform, tenant_id, user_id),
  CONSTRAINT mentoring_meeting_community_fk FOREIGN KEY (community_id)
    REFERENCES community (id) ON DELETE CASCADE
);
CREATE INDEX mentoring_meeting_member_idx ON mentoring_meeting (community_id, platform, tenant_id, user_id);

-- Answers by author, for a member's record, "my data" and "forget me".
CREATE INDEX answer_author_idx ON answer (community_id, platform, tenant_id, author_id);
