-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

-- The Microsoft 365 tenants an admin linked to an organisation, so that a Teams newcomer from one
-- starts their profile with it picked. Many-to-many: one tenant such as NHSmail serves hundreds
-- of bodies (then none is picked for them), and an organisation may have more than one tenant.
-- A table of its own because adding a column to organisation on H2 breaks its revision trigger.
-- created_by is the admin who linked it, set to NULL when they erase their data.
CREATE TABLE organisation_tenant (
    organisation_id BIGINT      NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    tenant_id       VARCHAR(64) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(64),
    PRIMARY KEY (organisation_id, tenant_id)
);

CREATE INDEX organisation_tenant_by_tenant ON organisation_tenant (tenant_id);
