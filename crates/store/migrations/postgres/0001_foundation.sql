-- Keep in step with ../sqlite/0001_foundation.sql (the store tests run against both).
CREATE TABLE content_pages (
    id          TEXT PRIMARY KEY NOT NULL,
    kind        TEXT NOT NULL,
    slug        TEXT NOT NULL,
    locale      TEXT NOT NULL,
    url         TEXT NOT NULL,
    title       TEXT NOT NULL,
    summary     TEXT NOT NULL,
    body        TEXT NOT NULL,
    keywords    TEXT NOT NULL DEFAULT '',
    updated_at  BIGINT NOT NULL
);
CREATE INDEX content_pages_kind ON content_pages (kind, locale);

CREATE TABLE data_loads (
    id              BIGSERIAL PRIMARY KEY,
    kind            TEXT NOT NULL,
    source          TEXT NOT NULL,
    synthetic       BOOLEAN NOT NULL,
    started_at      BIGINT NOT NULL,
    finished_at     BIGINT NOT NULL,
    rows_read       BIGINT NOT NULL,
    rows_imported   BIGINT NOT NULL,
    rows_rejected   BIGINT NOT NULL
);
