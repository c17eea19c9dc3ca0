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

-- What was sent upward before the inbox existed arrives too, by the same rules (inbox.InboxKind, Routing): to the
-- sender's direct superiors (the Cabinet Division for an office at the top), team orders and annual reports also to
-- the Cabinet Division, and the minutes of district and upazila teams.
insert into inbox_item (to_office_id, from_office_id, kind, reference, title_bn, title_en, paper_id, sent_on, received_at)
select r.to_id, p.office_id, k.kind, p.subject,
       case k.kind when 'team-order' then 'ইনোভেশন টিম গঠনের অফিস আদেশ' when 'minutes' then 'ইনোভেশন টিমের সভার কার্যবিবরণী'
                   when 'plan' then 'বার্ষিক উদ্ভাবন কর্মপরিকল্পনা' else 'বার্ষিক প্রতিবেদন' end
           || ', স্মারক নং ' || translate(p.memo_number, '0123456789', '০১২৩৪৫৬৭৮৯'),
       case k.kind when 'team-order' then 'Innovation team office order' when 'minutes' then 'Minutes of the innovation team''s meeting'
                   when 'plan' then 'Annual innovation action plan' else 'Annual report' end || ', memo no. ' || p.memo_number,
       p.id, p.issued_on, p.created_at
from issued_paper p
cross join lateral (select split_part(p.subject, ':', 1) as kind) k
join office o on o.id = p.office_id
cross join lateral (
    select s.ancestor_id as to_id from office_scope s where s.office_id = p.office_id and s.depth = 1
    union
    select cd.id from (select id from office where level = 'CABINET_DIVISION' order by id limit 1) cd
    where k.kind in ('team-order', 'annual-report')
       or (k.kind = 'minutes' and o.level in ('DISTRICT', 'UPAZILA'))
       or not exists (select 1 from office_scope s where s.office_id = p.office_id and s.depth = 1)
) r
where k.kind in ('team-order', 'minutes', 'plan', 'annual-report') and r.to_id <> p.office_id
on conflict (to_office_id, reference) do nothing;
