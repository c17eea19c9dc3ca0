-- The national office registry: every office that keeps an innovation team, in two hierarchies.
create extension if not exists pg_trgm;

create table office (
    id              bigint generated always as identity primary key,
    ref             text unique,          -- stable key of reference data ('geo:district:54'); null for offices added by hand
    level           text not null check (level in
                        ('CABINET_DIVISION', 'MINISTRY', 'DIRECTORATE', 'DIVISION', 'DISTRICT', 'UPAZILA', 'OTHER')),
    name_bn         text not null check (length(name_bn) between 1 and 300),
    name_en         text not null check (length(name_en) between 1 and 300),
    place_bn        text,                 -- the place an office of a field level serves: 'দিনাজপুর'
    place_en        text,
    aliases         text not null default '',  -- other spellings people search by: 'Bogra Jessore'
    admin_parent_id bigint references office (id),  -- administrative: division -> district -> upazila
    line_parent_id  bigint references office (id),  -- line: ministry -> directorate -> field office
    website         text,
    email           text,
    memo_code       text,                 -- leading groups of the office's memo numbers: '05.55.2700'
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    check (admin_parent_id is distinct from id and line_parent_id is distinct from id)
);

-- What search matches: both names, the place and its other spellings, lower-cased once.
alter table office add column search_text text generated always as (
    lower(name_bn || ' ' || name_en || ' ' || coalesce(place_bn, '') || ' ' || coalesce(place_en, '') || ' ' || aliases)
) stored;

create index office_admin_parent_idx on office (admin_parent_id);
create index office_line_parent_idx on office (line_parent_id);
create index office_level_idx on office (level);
create index office_search_trgm_idx on office using gin (search_text gin_trgm_ops);
