-- Ritual engine (issue #5): a community's school calendar. Valid for H2 (MODE=PostgreSQL) and
-- PostgreSQL.

-- The days of the school week, e.g. 'SUN,MON,TUE,WED,THU'; a slow chat posts on these days only.
ALTER TABLE community ADD COLUMN school_days VARCHAR(30) DEFAULT 'MON,TUE,WED,THU,FRI' NOT NULL;

-- Dates the community has off (JSON array of {from, to} ISO dates); every ritual skips them.
ALTER TABLE community ADD COLUMN skips VARCHAR DEFAULT '[]' NOT NULL;
