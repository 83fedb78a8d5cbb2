-- Pages a person can land on, in each locale; the site search index is built from here.
CREATE TABLE content_pages (
    id          TEXT PRIMARY KEY NOT NULL,   -- kind:slug:locale
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

-- One row per import or generated load, so the site can say where its data came from and
-- show the demonstration banner whenever synthetic data is present.
CREATE TABLE data_loads (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    kind            TEXT NOT NULL,
    source          TEXT NOT NULL,
    synthetic       BOOLEAN NOT NULL,
    started_at      BIGINT NOT NULL,
    finished_at     BIGINT NOT NULL,
    rows_read       BIGINT NOT NULL,
    rows_imported   BIGINT NOT NULL,
    rows_rejected   BIGINT NOT NULL
);
