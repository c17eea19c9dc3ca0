-- The decision register. A decision is one row, taken once and followed until closed; "carried
-- over" is computed, never copied. Its status is a history: the status on any day is the last row
-- since on or before it, so every rate is computed as of a date and follows every later change.
-- The source (a meeting and its agenda item) is kept as numbers: the register does not depend on
-- the meeting module, and may later take decisions from other sources.

create table decision (
    id                bigint generated always as identity primary key,
    office_id         bigint not null references office (id),     -- the office whose team decided
    source_meeting_id bigint,                                     -- the meeting module's id
    source_item       int check (source_item > 0),                -- the agenda item's position
    source_label_bn   text check (length(source_label_bn) <= 300), -- "ইনোভেশন টিমের সভা, ১৭ অক্টোবর ২০২৩"
    taken_on          date not null,
    subject_bn        text check (length(subject_bn) <= 500),     -- the agenda item's title
    text_bn           text not null check (length(text_bn) between 1 and 4000),
    due_on            date check (due_on >= taken_on),
    created_at        timestamptz not null default now()
);
create index decision_office_idx on decision (office_id, taken_on, id);
create index decision_source_idx on decision (source_meeting_id, source_item);

-- বাস্তবায়নকারী কর্তৃপক্ষ: an office, a post, or every office of a level under an office
-- ("জেলা প্রশাসক (সকল), রাজশাহী বিভাগ"), each with the words the minutes print.
create table decision_owner (
    decision_id bigint not null references decision (id) on delete cascade,
    position    int not null check (position > 0),
    office_id   bigint references office (id),
    post_id     bigint references post (id),
    level       text check (level in ('MINISTRY', 'DIRECTORATE', 'DIVISION', 'DISTRICT', 'UPAZILA', 'OTHER')),
    label_bn    text not null check (length(label_bn) between 1 and 300),
    primary key (decision_id, position),
    check ((post_id is not null and office_id is null and level is null)
        or (post_id is null and office_id is not null))
);
create index decision_owner_office_idx on decision_owner (office_id);
create index decision_owner_post_idx on decision_owner (post_id);

create table decision_status (
    id          bigint generated always as identity primary key,
    decision_id bigint not null references decision (id) on delete cascade,
    status      text not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'IMPLEMENTED', 'DROPPED')),
    reason      text check (length(reason) <= 2000),
    since       date not null,
    office_id   bigint not null references office (id),           -- the office that recorded it
    recorded_by bigint,                                            -- account id
    recorded_at timestamptz not null default now(),
    check (status <> 'DROPPED' or reason is not null)
);
create index decision_status_idx on decision_status (decision_id, since desc, id desc);

create table decision_progress (
    id          bigint generated always as identity primary key,
    decision_id bigint not null references decision (id) on delete cascade,
    office_id   bigint not null references office (id),           -- the reporting office
    reported_on date not null,
    text_bn     text not null check (length(text_bn) between 1 and 4000),
    recorded_by bigint,
    recorded_at timestamptz not null default now()
);
create index decision_progress_idx on decision_progress (decision_id, reported_on, id);

create table decision_evidence (
    id           bigint generated always as identity primary key,
    progress_id  bigint not null references decision_progress (id) on delete cascade,
    file_name    text not null check (length(file_name) between 1 and 255),
    content_type text not null,
    size         int not null check (size between 1 and 10485760),
    bytes        bytea not null
);
create index decision_evidence_idx on decision_evidence (progress_id);
