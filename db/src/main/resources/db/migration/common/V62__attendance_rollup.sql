-- Report performance (issue #6, point 8): a roll-up of the answers, kept up to date in the same
-- transaction as every write to answer or answer_reply (JooqAttendanceRollup), so a report reads
-- one row per (person, occurrence) from an index instead of grouping ~1,900 answers per occurrence.
-- Valid for H2 (MODE=PostgreSQL) and PostgreSQL.

-- One row per occurrence and person who answered it or replied in its threads to someone else's
-- answer. answers counts the person's answers that are not retracted (0: they only replied);
-- peer_replies counts their replies to others' answers to it (retracted or not, as before).
-- community_id, ritual_id and opens_at are copied from the occurrence, which never changes them.
CREATE TABLE attendance (
  community_id     UUID                     NOT NULL,
  occurrence_id    UUID                     NOT NULL,
  ritual_id        UUID                     NOT NULL,
  opens_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  platform         VARCHAR(16)              NOT NULL,
  tenant_id        VARCHAR(256)             NOT NULL,
  author_id        VARCHAR(256)             NOT NULL,
  answers          INTEGER                  NOT NULL,
  last_answered_at TIMESTAMP WITH TIME ZONE,
  peer_replies     INTEGER                  NOT NULL,
  last_replied_at  TIMESTAMP WITH TIME ZONE,
  CONSTRAINT attendance_pk PRIMARY KEY (occurrence_id, platform, tenant_id, author_id),
  CONSTRAINT attendance_community_fk FOREIGN KEY (community_id)
    REFERENCES community (id) ON DELETE CASCADE,
  CONSTRAINT attendance_occurrence_fk FOREIGN KEY (occurrence_id)
    REFERENCES occurrence (id) ON DELETE CASCADE
);

-- Reports: a range of a community's occurrences, every column they read in the index.
CREATE INDEX attendance_range_idx
  ON attendance (community_id, opens_at, occurrence_id, platform, tenant_id, author_id,
                 answers, last_answered_at, peer_replies, last_replied_at);

-- Forget-me: a person's rows, in one community or all.
CREATE INDEX attendance_person_idx ON attendance (platform, tenant_id, author_id, community_id);

-- New voices: when a person first answered in a community (non-retracted answers only).
CREATE TABLE first_answer (
  community_id      UUID                     NOT NULL,
  platform          VARCHAR(16)              NOT NULL,
  tenant_id         VARCHAR(256)             NOT NULL,
  author_id         VARCHAR(256)             NOT NULL,
  first_answered_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT first_answer_pk PRIMARY KEY (community_id, platform, tenant_id, author_id),
  CONSTRAINT first_answer_community_fk FOREIGN KEY (community_id)
    REFERENCES community (id) ON DELETE CASCADE
);

-- Keeping a person's rows up to date reads their replies without scanning an occurrence's.
CREATE INDEX answer_reply_author_idx
  ON answer_reply (platform, tenant_id, author_id, answer_id, replied_at);

-- Backfill from the answers already stored.
INSERT INTO attendance (community_id, occurrence_id, ritual_id, opens_at, platform, tenant_id,
                        author_id, answers, last_answered_at, peer_replies, last_replied_at)
SELECT o.community_id, o.id, o.ritual_id, o.opens_at, x.platform, x.tenant_id, x.author_id,
       SUM(x.answers), MAX(x.last_answered_at), SUM(x.peer_replies), MAX(x.last_replied_at)
FROM (
  SELECT a.occurrence_id, a.platform, a.tenant_id, a.author_id,
         COUNT(*) AS answers, MAX(a.answered_at) AS last_answered_at,
         0 AS peer_replies, CAST(NULL AS TIMESTAMP WITH TIME ZONE) AS last_replied_at
  FROM answer a
  WHERE a.retracted = FALSE
  GROUP BY a.occurrence_id, a.platform, a.tenant_id, a.author_id
  UNION ALL
  SELECT a.occurrence_id, r.platform, r.tenant_id, r.author_id,
         0, CAST(NULL AS TIMESTAMP WITH TIME ZONE), COUNT(*), MAX(r.replied_at)
  FROM answer_reply r
  JOIN answer a ON a.id = r.answer_id
  WHERE NOT (r.platform = a.platform AND r.tenant_id = a.tenant_id AND r.author_id = a.author_id)
  GROUP BY a.occurrence_id, r.platform, r.tenant_id, r.author_id
) x
JOIN occurrence o ON o.id = x.occurrence_id
GROUP BY o.community_id, o.id, o.ritual_id, o.opens_at, x.platform, x.tenant_id, x.author_id;

INSERT INTO first_answer (community_id, platform, tenant_id, author_id, first_answered_at)
SELECT community_id, platform, tenant_id, author_id, MIN(answered_at)
FROM answer
WHERE retracted = FALSE
GROUP BY community_id, platform, tenant_id, author_id;
