-- The moderators' status view lists a community's undelivered messages: find them by community.
CREATE INDEX outbox_community_state_idx ON outbox (community_id, state);
