-- One-time codes that bind another channel (on Slack or Teams) to an existing community.
CREATE TABLE community_link_code (
  code               VARCHAR(16)              NOT NULL,
  community_id       UUID                     NOT NULL,
  created_by_platform VARCHAR(16)             NOT NULL,
  created_by_tenant  VARCHAR(256)             NOT NULL,
  created_by_user    VARCHAR(256)             NOT NULL,
  expires_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT community_link_code_pk PRIMARY KEY (code),
  CONSTRAINT community_link_code_community_fk FOREIGN KEY (community_id)
    REFERENCES community (id) ON DELETE CASCADE
);
