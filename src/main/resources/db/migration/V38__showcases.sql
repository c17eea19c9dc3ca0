-- Showcasing (উদ্ভাবনী শোকেসিং, issue 15 point 5): an event held by an office at any level, its entries
-- (initiatives of the office and the offices below it), judges scoring each entry on weighted
-- criteria, the ranking, the best initiative(s) selected and the result issued as an official paper.

-- DRAFT (entries, criteria, judges set) -> SCORING (judges score; entries and criteria fixed)
-- -> PUBLISHED (selection made, result paper issued; nothing changes after).
create table showcase (
    id          bigint generated always as identity primary key,
    office_id   bigint not null references office (id),          -- the organising office
    title_bn    text   not null check (length(title_bn) between 1 and 300),
    title_en    text   check (length(title_en) between 1 and 300),
    held_on     date   not null,
    venue_bn    text   check (length(venue_bn) between 1 and 300),
    status      text   not null default 'DRAFT' check (status in ('DRAFT', 'SCORING', 'PUBLISHED')),
    paper_id    bigint references issued_paper (id),            -- the result paper
    created_by  bigint,
    created_at  timestamptz not null default now(),
    check ((status = 'PUBLISHED') = (paper_id is not null))
);
create index showcase_office_idx on showcase (office_id, held_on);

create table showcase_criterion (
    id           bigint generated always as identity primary key,
    showcase_id  bigint not null references showcase (id) on delete cascade,
    position     int    not null check (position between 1 and 50),
    name_bn      text   not null check (length(name_bn) between 1 and 300),
    weight       numeric(7, 2) not null check (weight > 0),      -- the criteria's weights add up to 100
    max_score    int    not null default 10 check (max_score between 1 and 100),
    unique (showcase_id, position)
);

-- A judge is a signed-in account of some office (the office decides conflicts of interest), or named.
create table showcase_judge (
    id           bigint generated always as identity primary key,
    showcase_id  bigint not null references showcase (id) on delete cascade,
    account_id   bigint not null references account (id),
    office_id    bigint not null references office (id),         -- the judge's own office
    name_bn      text   not null check (length(name_bn) between 1 and 200),
    designation_bn text check (length(designation_bn) between 1 and 300),
    unique (showcase_id, account_id)
);

create table showcase_entry (
    id            bigint generated always as identity primary key,
    showcase_id   bigint not null references showcase (id) on delete cascade,
    initiative_id bigint not null references initiative (id),
    selected      boolean not null default false,                -- chosen as a best initiative
    unique (showcase_id, initiative_id)
);

-- One score per judge, entry and criterion: a judge scores once (a second score is refused, not
-- overwritten); no judge scores an entry of their own office (checked here too, whoever writes).
create table showcase_score (
    judge_id     bigint not null references showcase_judge (id) on delete cascade,
    entry_id     bigint not null references showcase_entry (id) on delete cascade,
    criterion_id bigint not null references showcase_criterion (id) on delete cascade,
    score        numeric(6, 2) not null check (score >= 0),
    created_at   timestamptz not null default now(),
    primary key (judge_id, entry_id, criterion_id)
);

create function showcase_score_no_conflict() returns trigger language plpgsql as $$
begin
    if exists (select 1 from showcase_judge j join showcase_entry e on e.id = new.entry_id
                 join initiative i on i.id = e.initiative_id
                where j.id = new.judge_id and i.office_id = j.office_id) then
        raise exception 'a judge may not score an entry of their own office' using errcode = 'check_violation';
    end if;
    if new.score > (select max_score from showcase_criterion where id = new.criterion_id) then
        raise exception 'score above the criterion''s maximum' using errcode = 'check_violation';
    end if;
    return new;
end $$;
create trigger showcase_score_no_conflict before insert or update on showcase_score
    for each row execute function showcase_score_no_conflict();
