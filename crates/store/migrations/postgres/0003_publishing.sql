-- What providers and councils publish, kept apart from the CQC location record so that a CQC
-- re-import can never touch it, with its provenance and its history: every publication is a
-- new row (the newest per location is current), so a fee rise stays visible with its date.

CREATE TABLE publisher_accounts (
    id              BIGSERIAL PRIMARY KEY,
    provider_id     TEXT NOT NULL,             -- the CQC provider the account publishes for
    name            TEXT NOT NULL,             -- who it was issued to (the operator's note)
    created_at      BIGINT NOT NULL,
    revoked_at      BIGINT
);
CREATE INDEX publisher_accounts_provider ON publisher_accounts (provider_id);

-- Sign-in links, API tokens and sessions. Only a SHA-256 hash of each secret is stored.
CREATE TABLE publisher_secrets (
    hash            TEXT PRIMARY KEY NOT NULL,
    account_id      BIGINT NOT NULL REFERENCES publisher_accounts (id),
    kind            TEXT NOT NULL,             -- invite | api | session
    hint            TEXT NOT NULL,             -- the first characters, to tell secrets apart
    created_at      BIGINT NOT NULL,
    expires_at      BIGINT NOT NULL,
    used_at         BIGINT,
    revoked_at      BIGINT
);
CREATE INDEX publisher_secrets_account ON publisher_secrets (account_id);

CREATE TABLE fee_schedules (
    id                    BIGSERIAL PRIMARY KEY,
    location_id           TEXT NOT NULL,
    provider_id           TEXT NOT NULL,
    body                  TEXT NOT NULL,       -- the schedule as JSON (docs/api.md)
    valid_from            TEXT NOT NULL,
    weekly_from_pence     BIGINT,              -- the lowest care-home fee a week, for filters
    accepts_council_rate  TEXT NOT NULL,
    who                   TEXT NOT NULL,
    how                   TEXT NOT NULL,
    source                TEXT NOT NULL,
    account_id            BIGINT,
    synthetic             BOOLEAN NOT NULL,
    published_at          BIGINT NOT NULL
);
CREATE INDEX fee_schedules_location ON fee_schedules (location_id, id);

CREATE TABLE availability_updates (
    id                    BIGSERIAL PRIMARY KEY,
    location_id           TEXT NOT NULL,
    provider_id           TEXT NOT NULL,
    body                  TEXT NOT NULL,       -- the items as JSON (docs/api.md)
    who                   TEXT NOT NULL,
    how                   TEXT NOT NULL,
    source                TEXT NOT NULL,
    account_id            BIGINT,
    synthetic             BOOLEAN NOT NULL,
    published_at          BIGINT NOT NULL
);
CREATE INDEX availability_updates_location ON availability_updates (location_id, id);

-- Councils' usual rates, from imported files (the FOI schema in docs/data.md).
CREATE TABLE council_rates (
    id                        BIGSERIAL PRIMARY KEY,
    council_code              TEXT NOT NULL,
    financial_year            TEXT NOT NULL,
    effective_from            TEXT NOT NULL,
    care_category             TEXT NOT NULL,
    weekly_rate_pence         BIGINT NOT NULL,
    fnc_included              TEXT NOT NULL,   -- yes | no | unknown
    band_or_grade             TEXT NOT NULL,   -- '' when the council has one rate
    band_trigger_description  TEXT,
    addon_type                TEXT,
    addon_value               DOUBLE PRECISION,
    source_url                TEXT NOT NULL,
    synthetic                 BOOLEAN NOT NULL,
    imported_at               BIGINT NOT NULL,
    UNIQUE (council_code, financial_year, care_category, band_or_grade, effective_from)
);
CREATE INDEX council_rates_council ON council_rates (council_code, financial_year);

-- Every change a publisher or an operator makes: who, when, what, before and after.
-- Append-only: the triggers below refuse updates and deletes.
CREATE TABLE audit_log (
    id              BIGSERIAL PRIMARY KEY,
    at              BIGINT NOT NULL,
    account_id      BIGINT,
    actor           TEXT NOT NULL,             -- "account 3", "operator", "generator"
    action          TEXT NOT NULL,             -- publish_fees, publish_availability, invite, ...
    subject         TEXT NOT NULL,             -- a location id, or "account 3"
    before          TEXT,
    after           TEXT
);
CREATE INDEX audit_log_subject ON audit_log (subject, id);

-- Bumped by every write other servers must notice; each server follows it and refreshes.
CREATE TABLE data_version (
    id              INTEGER PRIMARY KEY NOT NULL,
    version         BIGINT NOT NULL,
    changed_at      BIGINT NOT NULL
);
INSERT INTO data_version (id, version, changed_at) VALUES (1, 0, 0);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
