-- Rate limits shared by every node of a cluster (issue #8): per channel about one message per
-- second, and Slack's per-workspace method tiers. Each key keeps one instant, the earliest time its
-- next permit is free (a generic cell rate algorithm), in epoch milliseconds so the arithmetic is
-- the same on H2 and PostgreSQL. Taking a permit is one conditional UPDATE of the key's row.
CREATE TABLE rate_limit (
  limit_key    VARCHAR(1000) NOT NULL,
  next_free_ms BIGINT        NOT NULL,
  CONSTRAINT rate_limit_pk PRIMARY KEY (limit_key)
);

-- Keys of channels nobody posts to any more are swept by age.
CREATE INDEX rate_limit_next_free_idx ON rate_limit (next_free_ms);
