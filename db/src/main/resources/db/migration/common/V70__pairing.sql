-- Pairing (issue 7): each community's pairing rituals, and every group of every round, kept for
-- the recency rule (no repeat within the window unless the follow-up said they couldn't meet)
-- and for meeting-rate stats.

-- One ritual per community and kind (PEER or MENTORING); scheduling again replaces it.
CREATE TABLE pairing_ritual (
  community_id   UUID        NOT NULL,
  kind           VARCHAR(16) NOT NULL,
  every_weeks    INTEGER     NOT NULL,
  group_size     INTEGER     NOT NULL,
  day_of_week    INTEGER     NOT NULL, -- 1 = Monday .. 7 = Sunday
  local_time     TIME        NOT NULL, -- in the community's zone
  follow_up_days INTEGER     NOT NULL,
  active         BOOLEAN     NOT NULL,
  CONSTRAINT pairing_ritual_pk PRIMARY KEY (community_id, kind),
  CONSTRAINT pairing_ritual_community_fk FOREIGN KEY (community_id)
    REFERENCES community (id) ON DELETE CASCADE
);

-- One group (pair, or three or four people) of one round; all groups of a round share round_id.
CREATE TABLE pairing_group (
  id           UUID                     NOT NULL,
  round_id     UUID                     NOT NULL,
  community_id UUID                     NOT NULL,
  kind         VARCHAR(16)              NOT NULL,
  round_date   DATE                     NOT NULL,
  ran_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  reason       VARCHAR                  NOT NULL,
  score        DOUBLE PRECISION         NOT NULL,
  CONSTRAINT pairing_group_pk PRIMARY KEY (id),
  CONSTRAINT pairing_group_community_fk FOREIGN KEY (community_id)
    REFERENCES community (id) ON DELETE CASCADE
);
CREATE INDEX pairing_group_community_idx ON pairing_group (community_id, ran_at);

-- The members of a group in order (a mentor first), with their follow-up answer once given.
CREATE TABLE pairing_group_member (
  group_id     UUID         NOT NULL,
  seat         INTEGER      NOT NULL,
  platform     VARCHAR(16)  NOT NULL,
  tenant_id    VARCHAR(256) NOT NULL,
  user_id      VARCHAR(256) NOT NULL,
  display_name VARCHAR(120) NOT NULL,
  response     VARCHAR(16), -- MET, NOT_YET, COULD_NOT; NULL until they answer
  CONSTRAINT pairing_group_member_pk PRIMARY KEY (group_id, seat),
  CONSTRAINT pairing_group_member_group_fk FOREIGN KEY (group_id)
    REFERENCES pairing_group (id) ON DELETE CASCADE
);
CREATE INDEX pairing_group_member_user_idx ON pairing_group_member (platform, tenant_id, user_id);
