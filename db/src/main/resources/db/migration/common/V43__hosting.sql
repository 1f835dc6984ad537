-- Ritual engine (issue #5): rotating hosts. Valid for H2 (MODE=PostgreSQL) and PostgreSQL.

-- How long before each occurrence the invited host must have chosen; NULL: the default (1 day,
-- or half the invitation lead when that is shorter).
ALTER TABLE ritual ADD COLUMN host_deadline_seconds BIGINT;

-- One invitation per (ritual, occurrence instant); kept as evidence of who hosted what.
CREATE TABLE hosting (
  ritual_id      UUID                     NOT NULL,
  scheduled_for  TIMESTAMP WITH TIME ZONE NOT NULL,
  community_id   UUID                     NOT NULL,
  host_platform  VARCHAR(16)              NOT NULL,
  host_tenant    VARCHAR(256)             NOT NULL,
  host_user      VARCHAR(256)             NOT NULL,
  state          VARCHAR(16)              NOT NULL, -- INVITED, CHOSEN or MISSED
  question       VARCHAR(3000),                     -- the host's question, when CHOSEN
  invited_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT hosting_pk PRIMARY KEY (ritual_id, scheduled_for),
  CONSTRAINT hosting_ritual_fk FOREIGN KEY (ritual_id) REFERENCES ritual (id) ON DELETE CASCADE,
  CONSTRAINT hosting_community_fk FOREIGN KEY (community_id)
    REFERENCES community (id) ON DELETE CASCADE
);
CREATE INDEX hosting_host_idx ON hosting (host_platform, host_tenant, host_user, state);
CREATE INDEX hosting_community_idx ON hosting (community_id, scheduled_for);
