-- Secrets the app generates for itself when none is configured (issue #6: the key that signs report
-- and dashboard links). In the database, not a local file, so every node of a cluster signs and
-- checks links with the same key. Valid for H2 (MODE=PostgreSQL) and PostgreSQL.
CREATE TABLE app_secret (
  name         VARCHAR(64)              NOT NULL,
  secret_value VARCHAR(512)             NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT app_secret_pk PRIMARY KEY (name)
);
