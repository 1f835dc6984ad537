-- Ritual engine (issue #5): per-ritual options. Valid for H2 (MODE=PostgreSQL) and PostgreSQL.

-- How long before an occurrence closes members who have not answered get one private nudge.
-- NULL: the kind's default (24h for prompts and slow chats, none for live chats); 0: no nudge.
ALTER TABLE ritual ADD COLUMN reminder_lead_seconds BIGINT;

-- Rotating host: NULL when off, else how long before each occurrence the next host is invited.
ALTER TABLE ritual ADD COLUMN host_rotation_lead_seconds BIGINT;
