-- Minutes of a meeting (issue 6, points 4-5). One row per version: the first is drafted after the
-- meeting, circulated for comments (optional), approved by the chair and issued; an issued version
-- never changes, a correction is a new version that supersedes it. The standing item on the last
-- meeting's decisions is computed from the register until issue; the issued paper keeps the text of
-- its day (rate_text_bn) in the PDF and DOCX stored here.

create table minutes (
    id                       bigint generated always as identity primary key,
    meeting_id               bigint not null references meeting (id),
    version                  int not null check (version > 0),
    supersedes_id            bigint references minutes (id),
    style                    text not null check (style in ('PARAGRAPHS', 'DECISION_TABLE', 'ACTIVITY_TABLE')),
    status                   text not null default 'DRAFT' check (status in ('DRAFT', 'CIRCULATED', 'APPROVED', 'ISSUED')),
    title_bn                 text check (length(title_bn) <= 500),
    subject_bn               text check (length(subject_bn) <= 500),
    opening_bn               text[] not null default '{}',
    items_intro_bn           text check (length(items_intro_bn) <= 2000),
    closing_bn               text check (length(closing_bn) <= 2000),
    chair_name_bn            text not null check (length(chair_name_bn) between 1 and 200),
    chair_designation_bn     text not null check (length(chair_designation_bn) between 1 and 300),
    correction_note_bn       text check (length(correction_note_bn) <= 2000),
    circulated_on            date,
    approved_on              date,
    approved_by              bigint,                                   -- account id
    memo_number              text unique references issued_memo (memo_number),
    issued_on                date,
    signatory_name_bn        text,
    signatory_designation_bn text,
    signatory_phone          text,
    signatory_email          text,
    distribution_bn          text[] not null default '{}',
    copies_bn                text[] not null default '{}',
    rate_text_bn             text,                                     -- item 2 as printed on the day of issue
    pdf                      bytea,
    docx                     bytea,
    published_on             date,                                     -- on the public innovation corner
    sent_to_cabinet_on       date,
    created_at               timestamptz not null default now(),
    updated_at               timestamptz not null default now(),
    unique (meeting_id, version),
    check (version = 1 or supersedes_id is not null),
    check (supersedes_id is null or correction_note_bn is not null),
    check (status <> 'ISSUED' or (memo_number is not null and issued_on is not null and pdf is not null and docx is not null)),
    check (status not in ('APPROVED', 'ISSUED') or approved_on is not null)
);
-- At most one version of a meeting's minutes is being written at a time.
create unique index minutes_one_open_idx on minutes (meeting_id) where status <> 'ISSUED';

create table minutes_item (
    minutes_id     bigint not null references minutes (id) on delete cascade,
    position       int not null check (position > 0),
    kind           text not null check (kind in ('CONFIRMATION', 'RATE', 'AGENDA')),
    subject_bn     text check (length(subject_bn) <= 1000),
    target_bn      text check (length(target_bn) <= 1000),           -- activity style: লক্ষ্যমাত্রা
    discussion_bn  text check (length(discussion_bn) <= 20000),
    primary key (minutes_id, position)
);

create table minutes_decision (
    minutes_id          bigint not null,
    item_position       int not null,
    position            int not null check (position > 0),
    text_bn             text not null check (length(text_bn) between 1 and 4000),
    due_on              date,
    kind                text not null default 'PLAIN' check (kind in ('PLAIN', 'SUB_COMMITTEE', 'COOPT')),
    owner_keys          text[] not null default '{}',                  -- decision.Owner keys: office:5, post:12, level:DISTRICT:3
    owner_labels_bn     text[] not null default '{}',                  -- the words printed for each
    committee_name_bn   text check (length(committee_name_bn) <= 300),
    coopt_post_id       bigint references post (id),
    decision_id         bigint references decision (id),             -- the register's row once issued
    primary key (minutes_id, item_position, position),
    foreign key (minutes_id, item_position) references minutes_item (minutes_id, position) on delete cascade,
    check (cardinality(owner_keys) = cardinality(owner_labels_bn)),
    check (kind <> 'COOPT' or coopt_post_id is not null),
    check (kind <> 'SUB_COMMITTEE' or committee_name_bn is not null)
);

create table minutes_committee_member (
    minutes_id        bigint not null,
    item_position     int not null,
    decision_position int not null,
    position          int not null check (position > 0),
    post_id           bigint references post (id),
    label_bn          text not null check (length(label_bn) between 1 and 300),
    role              text not null check (role in ('CONVENER', 'MEMBER', 'MEMBER_SECRETARY')),
    primary key (minutes_id, item_position, decision_position, position),
    foreign key (minutes_id, item_position, decision_position)
        references minutes_decision (minutes_id, item_position, position) on delete cascade
);

-- A member's comment on circulated minutes.
create table minutes_comment (
    id          bigint generated always as identity primary key,
    minutes_id  bigint not null references minutes (id) on delete cascade,
    account_id  bigint,
    author_bn   text not null,
    text_bn     text not null check (length(text_bn) between 1 and 4000),
    created_at  timestamptz not null default now()
);
create index minutes_comment_idx on minutes_comment (minutes_id, id);
