-- Participation metrics (issue #6): indexes for the report aggregates, so a report over a month of
-- a community with a million answers reads index entries of that month only.
-- Valid for H2 (MODE=PostgreSQL) and PostgreSQL.

-- Attendance and turnout: the answers of a range's occurrences, grouped by author, without
-- touching the table rows (the index holds every column the aggregates read).
CREATE INDEX answer_occurrence_author_idx
  ON answer (occurrence_id, retracted, platform, tenant_id, author_id, answered_at);

-- New voices: "did this author answer in this community before?" is one index seek per author.
CREATE INDEX answer_community_author_idx
  ON answer (community_id, platform, tenant_id, author_id, answered_at);
