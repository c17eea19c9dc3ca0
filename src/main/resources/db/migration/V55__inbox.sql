-- The inbox (issue 16, point 4): what an office sent upward, one row per receiving office. A paper arrives by
-- paper.PaperIssued (reference = its subject, "team-order:12"), anything else by inbox.SentUpward
-- ("plan-report:5"). Sent again (a corrected report after a return) = the same row received again.
create table inbox_item (
    id                   bigint generated always as identity primary key,
    to_office_id         bigint not null references office (id) on delete cascade,
    from_office_id       bigint not null references office (id) on delete cascade,
    kind                 text not null check (kind in ('team-order', 'minutes', 'plan', 'annual-report', 'plan-report')),
    reference            text not null check (length(reference) between 1 and 200),
    title_bn             text not null check (length(title_bn) between 1 and 500),
    title_en             text not null check (length(title_en) between 1 and 500),
    link                 text check (length(link) <= 500),
    paper_id             bigint references issued_paper (id),
    sent_on              date not null,
    received_at          timestamptz not null default now(),
    status               text not null default 'RECEIVED' check (status in ('RECEIVED', 'ACKNOWLEDGED')),
    acknowledged_by      bigint,                 -- account id
    acknowledged_by_name text,
    acknowledged_at      timestamptz,
    unique (to_office_id, reference),
    check ((status = 'ACKNOWLEDGED') = (acknowledged_at is not null))
);
-- an office's inbox, newest first, by status; what reached an office from each sender (the dashboards' figures)
create index inbox_item_to_idx on inbox_item (to_office_id, sent_on desc, id desc);
create index inbox_item_from_idx on inbox_item (from_office_id, kind, sent_on);
