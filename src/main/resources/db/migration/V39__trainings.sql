-- Trainings, workshops and learning sessions (issue 15 point 7; duties ৬ and ২১; seed 004 [১.৫.১],
-- [২.২.১], [২.২.৩]): what was held, when, on what, who took part (officers of the people registry or
-- guests), with evidence. A learning session may follow a visit to an innovation (its initiative).
create table training (
    id             bigint generated always as identity primary key,
    office_id      bigint not null references office (id),
    kind           text   not null check (kind in ('TRAINING', 'WORKSHOP', 'LEARNING_SESSION')),
    held_on        date   not null,
    days           int    not null default 1 check (days between 1 and 365),
    topic_bn       text   not null check (length(topic_bn) between 1 and 500),
    topic_en       text   check (length(topic_en) between 1 and 500),
    venue_bn       text   check (length(venue_bn) between 1 and 300),
    resource_persons_bn text check (length(resource_persons_bn) between 1 and 1000),
    initiative_id  bigint references initiative (id),           -- the innovation visited, for a learning session
    created_by     bigint,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now()
);
create index training_office_idx on training (office_id, held_on);

-- An officer of the registry, or a guest by name.
create table training_participant (
    id             bigint generated always as identity primary key,
    training_id    bigint not null references training (id) on delete cascade,
    officer_id     bigint references officer (id),
    guest_name_bn  text check (length(guest_name_bn) between 1 and 200),
    guest_designation_bn text check (length(guest_designation_bn) between 1 and 300),
    check ((officer_id is null) <> (guest_name_bn is null))
);
create unique index training_participant_officer on training_participant (training_id, officer_id) where officer_id is not null;
create index training_participant_idx on training_participant (training_id);

create table training_evidence (
    id           bigint generated always as identity primary key,
    training_id  bigint not null references training (id) on delete cascade,
    file_name    text not null check (length(file_name) between 1 and 255),
    content_type text not null,
    size         int  not null check (size between 1 and 10485760),
    bytes        bytea not null,
    uploaded_by  bigint,
    uploaded_at  timestamptz not null default now()
);
create index training_evidence_idx on training_evidence (training_id);
