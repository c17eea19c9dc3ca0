-- Meetings of an office's innovation team (issue 6, points 1-3) and the mail the application sends.

-- notify: every outgoing message, so a page can say who was sent what. The error text stays here.
create table mail_out (
    id          bigint generated always as identity primary key,
    recipient   text not null,
    subject     text not null,
    purpose     text not null,                 -- what it was for: "meeting-notice:12"
    office_id   bigint references office (id),
    status      text not null check (status in ('SENT', 'FAILED')),
    error       text,
    sent_at     timestamptz not null default now()
);
create index mail_out_purpose_idx on mail_out (purpose, id);

-- meeting: one meeting of the team of an office; the team is the one in effect on the meeting's date.
create table meeting (
    id                     bigint generated always as identity primary key,
    office_id              bigint not null references office (id),
    team_order_id          bigint references team_order (id),   -- the order in effect on meeting_date
    title_bn               text check (length(title_bn) <= 300),
    chair_name_bn          text not null check (length(chair_name_bn) between 1 and 200),
    chair_designation_bn   text not null check (length(chair_designation_bn) between 1 and 300),
    meeting_date           date not null,
    start_time             time not null,
    place_bn               text check (length(place_bn) <= 500),
    online_link            text check (length(online_link) <= 1000),
    status                 text not null default 'PLANNED' check (status in ('PLANNED', 'NOTICE_ISSUED', 'HELD', 'CANCELLED')),
    notice_memo_number     text unique references issued_memo (memo_number),
    notice_issued_on       date,
    notice_signatory_bn    text,
    notice_extra_emails    text[] not null default '{}',
    notice_pdf             bytea,
    notice_docx            bytea,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    check (place_bn is not null or online_link is not null),
    check (status in ('PLANNED', 'CANCELLED') or notice_memo_number is not null or status = 'HELD'),
    check (notice_memo_number is null or (notice_pdf is not null and notice_docx is not null and notice_issued_on is not null))
);
create index meeting_office_idx on meeting (office_id, meeting_date desc, id desc);

create table meeting_agenda_item (
    meeting_id   bigint not null references meeting (id) on delete cascade,
    position     int not null check (position > 0),
    title_bn     text not null check (length(title_bn) between 1 and 1000),
    presenter_bn text check (length(presenter_bn) <= 300),
    primary key (meeting_id, position)
);

-- Working papers, kept in the database like the issued papers (backups take them along).
create table meeting_attachment (
    id           bigint generated always as identity primary key,
    meeting_id   bigint not null references meeting (id) on delete cascade,
    file_name    text not null check (length(file_name) between 1 and 255),
    content_type text not null,
    size_bytes   int not null check (size_bytes between 1 and 10485760),
    bytes        bytea not null,
    created_at   timestamptz not null default now()
);
create index meeting_attachment_meeting_idx on meeting_attachment (meeting_id, id);

-- Members by post, as the team is by post; the name of the holder that day is kept as recorded.
create table meeting_attendance (
    meeting_id       bigint not null references meeting (id) on delete cascade,
    post_id          bigint not null references post (id),
    holder_name_bn   text,
    status           text not null check (status in ('PRESENT', 'ABSENT', 'REPRESENTED')),
    represented_by   text check (length(represented_by) <= 300),
    primary key (meeting_id, post_id),
    check (status <> 'REPRESENTED' or represented_by is not null)
);

create table meeting_guest (
    meeting_id      bigint not null references meeting (id) on delete cascade,
    position        int not null check (position > 0),
    name_bn         text not null check (length(name_bn) between 1 and 200),
    designation_bn  text check (length(designation_bn) <= 300),
    office_bn       text check (length(office_bn) <= 300),
    primary key (meeting_id, position)
);
