-- The generation of a community's dashboard tab links (issue #6: the dashboard as a Teams tab).
-- Tab links carry it; `dashboard tabs reset` moves it on, so every older tab link stops opening.
-- No row means generation 0. Holds no secret: links are signed with the app's link key.
CREATE TABLE dashboard_tab (
  community_id UUID                     NOT NULL,
  generation   INTEGER                  NOT NULL,
  reset_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT dashboard_tab_pk PRIMARY KEY (community_id),
  CONSTRAINT dashboard_tab_community_fk FOREIGN KEY (community_id)
    REFERENCES community (id) ON DELETE CASCADE
);
