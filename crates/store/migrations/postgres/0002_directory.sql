-- The provider directory. Each location is kept whole as JSON (the normalised record the
-- importers produce, with its rating history); the columns beside it are what the store
-- looks up or lists by. The search index is rebuilt from this table after every import.
CREATE TABLE locations (
    location_id     TEXT PRIMARY KEY NOT NULL,
    provider_id     TEXT,
    name            TEXT NOT NULL,
    postcode        TEXT,
    registered      BOOLEAN NOT NULL,
    synthetic       BOOLEAN NOT NULL,
    record          TEXT NOT NULL,
    source          TEXT NOT NULL,
    updated_at      BIGINT NOT NULL
);
CREATE INDEX locations_provider ON locations (provider_id);

CREATE TABLE providers (
    provider_id     TEXT PRIMARY KEY NOT NULL,
    name            TEXT NOT NULL,
    ownership_type  TEXT,
    synthetic       BOOLEAN NOT NULL,
    updated_at      BIGINT NOT NULL
);

-- Imported postcode directory (ONSPD / Code-Point Open style): exact positions.
CREATE TABLE postcodes (
    postcode         TEXT PRIMARY KEY NOT NULL,
    latitude         DOUBLE PRECISION NOT NULL,
    longitude        DOUBLE PRECISION NOT NULL,
    local_authority  TEXT
);
