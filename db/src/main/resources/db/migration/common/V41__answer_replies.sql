-- Ritual engine (issue #5): replies to answers, so a recap can name the most-replied answers.
-- Valid for H2 (MODE=PostgreSQL) and PostgreSQL.

-- A reply is a message in the thread (reply chain) of an answer's own message, e.g. under an
-- "A3 ..." posted in the channel during a live chat. (platform, tenant_id) is the replier's tenant;
-- with source_key it identifies the platform message, so a redelivered event counts once.
CREATE TABLE answer_reply (
  platform   VARCHAR(16)              NOT NULL,
  tenant_id  VARCHAR(256)             NOT NULL,
  source_key VARCHAR(256)             NOT NULL,
  answer_id  UUID                     NOT NULL,
  author_id  VARCHAR(256)             NOT NULL,
  replied_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT answer_reply_pk PRIMARY KEY (platform, tenant_id, source_key),
  CONSTRAINT answer_reply_answer_fk FOREIGN KEY (answer_id)
    REFERENCES answer (id) ON DELETE CASCADE
);
CREATE INDEX answer_reply_answer_idx ON answer_reply (answer_id);

-- Finds the answer a thread reply's parent message is.
CREATE INDEX answer_message_idx
  ON answer (message_platform, message_tenant_id, message_channel_id, message_id);
