-- Teams tenant admins for Rituals: people who may change every community of their tenant, as
-- Slack's workspace admins and owners can in Slack. The Bot Framework roster tells no roles, so
-- Rituals keeps its own list per tenant; people are keyed by their Entra object id (aadObjectId),
-- the same in every team and chat of the tenant.

-- Who installed Rituals first in a tenant: recorded once, so a later install, or an admin
-- removing the installer, never makes them an admin again by itself.
CREATE TABLE teams_tenant_installer (
    tenant_id     VARCHAR(256) NOT NULL,
    aad_object_id VARCHAR(128) NOT NULL,
    installed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_teams_tenant_installer PRIMARY KEY (tenant_id)
);

-- The tenant's admins: the first installer, and whoever an admin added with "admin add".
-- added_by is the adding admin's aadObjectId; NULL for the installer.
CREATE TABLE teams_tenant_admin (
    tenant_id     VARCHAR(256) NOT NULL,
    aad_object_id VARCHAR(128) NOT NULL,
    display_name  VARCHAR(256),
    added_by      VARCHAR(128),
    added_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_teams_tenant_admin PRIMARY KEY (tenant_id, aad_object_id)
);
