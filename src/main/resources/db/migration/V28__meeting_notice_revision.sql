-- Issue 19, point 7: a meeting moved after its notice was issued gets a revised notice (সংশোধিত নোটিশ).
-- What each notice announced is kept with it, so the meeting page can tell when the meeting no longer
-- matches the last notice issued for it.

-- What the first notice announced (its day, time and place), filled for notices issued before this.
alter table meeting
    add column noticed_date      date,
    add column noticed_time      time,
    add column noticed_place_bn  text,
    add column noticed_link      text;

update meeting set noticed_date = meeting_date, noticed_time = start_time, noticed_place_bn = place_bn, noticed_link = online_link
where notice_memo_number is not null;

alter table meeting add constraint meeting_noticed_when check (notice_memo_number is null or (noticed_date is not null and noticed_time is not null));

-- Each revised notice: its own paper and memo number, the earlier notice it revises, what it announces and what changed.
create table meeting_notice_revision (
    id               bigint generated always as identity primary key,
    meeting_id       bigint not null references meeting (id),
    position         int not null check (position >= 1),          -- 1 for the first revision of the notice
    paper_id         bigint not null unique references issued_paper (id),
    memo_number      text not null unique references issued_memo (memo_number),
    issued_on        date not null,
    signatory_bn     text not null,
    revises_memo     text not null,                               -- the notice it revises (the first, or the last revision)
    revises_on       date not null,
    meeting_date     date not null,
    start_time       time not null,
    place_bn         text,
    online_link      text,
    changes_bn       text[] not null check (cardinality(changes_bn) >= 1),
    created_at       timestamptz not null default now(),
    unique (meeting_id, position),
    check (place_bn is not null or online_link is not null)
);
