-- Schedule instants that were skipped because the bot was down until after their window closed
-- (misfire policy: post late while the window is open, otherwise skip and record). The primary key
-- keeps a re-run of the same late fire (another node, a restart) from recording it twice.
CREATE TABLE missed_occurrence (
  ritual_id     UUID                     NOT NULL,
  community_id  UUID                     NOT NULL,
  scheduled_for TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT missed_occurrence_pk PRIMARY KEY (ritual_id, scheduled_for),
  CONSTRAINT missed_occurrence_community_fk FOREIGN KEY (community_id)
    REFERENCES community (id) ON DELETE CASCADE
);
CREATE INDEX missed_occurrence_community_idx ON missed_occurrence (community_id, scheduled_for);
