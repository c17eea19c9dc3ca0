-- Web-portal completeness (issue 16, point 3; seed 003 item 8; duties ১১-১২ of the 2025 notification).
-- The checklist is policy data the Cabinet Division keeps through the UI, versioned by fiscal year like the
-- notifications: an item is asked from `from_year` (the fiscal year's first calendar year) until `until_year`
-- (null: still asked), so a year's checklist never changes under the answers already given for it.
create table portal_item (
    id          bigint generated always as identity primary key,
    name_bn     text not null check (length(name_bn) between 1 and 300),
    name_en     text check (length(name_en) between 1 and 300),
    position    int  not null,
    from_year   int  not null check (from_year between 2000 and 2200),
    until_year  int  check (until_year between 2000 and 2200 and until_year >= from_year),
    created_at  timestamptz not null default now()
);

-- An office's evidence for one item in one quarter: the address (http or https) where its portal shows it.
-- An item without a row is not done. A quarter's answers are replaced as a whole by one save.
create table portal_link (
    office_id   bigint not null references office (id) on delete cascade,
    fiscal_year int    not null check (fiscal_year between 2000 and 2200),
    quarter     int    not null check (quarter between 1 and 4),
    item_id     bigint not null references portal_item (id),
    url         text   not null check (length(url) between 10 and 1000 and url ~* '^https?://'),
    updated_by  bigint,
    updated_at  timestamptz not null default now(),
    primary key (office_id, fiscal_year, quarter, item_id)
);
-- the rates of a quarter over a scope: every office's answers of that quarter
create index portal_link_quarter_idx on portal_link (fiscal_year, quarter, office_id);
