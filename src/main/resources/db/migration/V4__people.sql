-- People and posts: the officers an office keeps, its posts, and who held which post when.
-- btree_gist lets one exclusion constraint compare ids with = and date ranges with &&.
create extension if not exists btree_gist;

create table post (
    id                   bigint generated always as identity primary key,
    office_id            bigint not null references office (id),   -- the office that keeps the post on its list
    title_bn             text not null check (length(title_bn) between 1 and 300),
    title_en             text check (length(title_en) <= 300),
    grade                text not null check (grade in
                             ('SECRETARY', 'ADDITIONAL_SECRETARY', 'JOINT_SECRETARY', 'DEPUTY_SECRETARY',
                              'SENIOR_ASSISTANT_SECRETARY', 'ASSISTANT_SECRETARY', 'DIRECTOR_GENERAL', 'DIRECTOR',
                              'DEPUTY_DIRECTOR', 'ASSISTANT_DIRECTOR', 'DIVISIONAL_COMMISSIONER',
                              'ADDITIONAL_DIVISIONAL_COMMISSIONER', 'DEPUTY_COMMISSIONER', 'ADDITIONAL_DEPUTY_COMMISSIONER',
                              'SENIOR_ASSISTANT_COMMISSIONER', 'ASSISTANT_COMMISSIONER', 'UPAZILA_NIRBAHI_OFFICER',
                              'ASSISTANT_COMMISSIONER_LAND', 'SYSTEM_ANALYST', 'PROGRAMMER', 'ASSISTANT_PROGRAMMER',
                              'PRINCIPAL', 'TEACHER', 'OFFICER', 'OTHER')),
    ict_or_planning_wing boolean not null default false,
    teaching_level       text check (teaching_level in ('SECONDARY', 'HIGHER_SECONDARY')),
    subject              text check (subject in ('ICT', 'SCIENCE', 'OTHER')),
    of_another_office    boolean not null default false,  -- e.g. a college teacher on the district office's list
    active               boolean not null default true,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    check ((teaching_level is null) = (subject is null)),
    constraint post_title_unique unique (office_id, title_bn)
);

create table officer (
    id                 bigint generated always as identity primary key,
    office_id          bigint not null references office (id),     -- the office that keeps the record
    name_bn            text not null check (length(name_bn) between 1 and 200),
    name_en            text check (length(name_en) <= 200),
    email              text check (email = lower(email) and length(email) <= 254),
    phone              text check (length(phone) <= 30),
    skills_development boolean not null default false,            -- দক্ষতা উন্নয়নে সক্ষম
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);
create index officer_office_idx on officer (office_id);
create unique index officer_email_unique on officer (office_id, email) where email is not null;

-- held_until is the last day held (inclusive); null while the post is still held.
create table holding (
    id                bigint generated always as identity primary key,
    post_id           bigint not null references post (id),
    officer_id        bigint not null references officer (id),
    held_from         date not null,
    held_until        date,
    additional_charge boolean not null default false,            -- অতিরিক্ত দায়িত্ব, beside the officer's own post
    check (held_until is null or held_until >= held_from),
    constraint holding_one_holder_per_post
        exclude using gist (post_id with =, daterange(held_from, held_until, '[]') with &&),
    constraint holding_one_post_per_officer
        exclude using gist (officer_id with =, daterange(held_from, held_until, '[]') with &&) where (not additional_charge)
);
create index holding_officer_idx on holding (officer_id, held_from);
