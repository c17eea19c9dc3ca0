-- Issue 17, point 4: files outside the database. Each file's bytes are an object in the store (a directory or an
-- S3 bucket); here its key, size and SHA-256 (checked on every read). Owners keep name and type in their own
-- tables and reference this row.
create table stored_file (
    id          bigint generated always as identity primary key,
    storage_key text        not null unique,
    size        bigint      not null check (size >= 0),
    sha256      text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    stored_at   timestamptz not null default now()
);
