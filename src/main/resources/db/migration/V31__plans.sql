-- The action plans themselves (issue 14, points 2 and 3): one plan per office per fiscal year, made
-- on the published template version in force (which it keeps), in versions: a version is drafted,
-- approved in the office's monthly coordination meeting and issued as an official paper; an issued
-- version never changes, a revision is the next version with its reason. Progress is per quarter and
-- indicator (keyed by the indicator's code, so it outlives revisions), with evidence; each quarter's
-- report goes to the superior office, which accepts it or returns it.

-- Whether an office may add rows of its own to a plan made on this version (policy, per version).
alter table plan_template_version add column office_rows_allowed boolean not null default false;

create table plan (
    id                  bigint generated always as identity primary key,
    office_id           bigint not null references office (id),
    fiscal_year         int    not null check (fiscal_year between 2000 and 2200),  -- the July it starts in
    template_version_id bigint not null references plan_template_version (id),     -- the version it was made on, kept
    created_by          bigint,                                                    -- account id
    created_at          timestamptz not null default now(),
    unique (office_id, fiscal_year)
);
create index plan_year_idx on plan (fiscal_year, office_id);

-- DRAFT (the office's writers edit it) -> APPROVED (in the coordination meeting: which one, when, and
-- the decision recorded in the register) -> ISSUED (the paper). At most one version is not issued.
create table plan_version (
    id                 bigint generated always as identity primary key,
    plan_id            bigint not null references plan (id),
    version            int    not null check (version > 0),
    status             text   not null check (status in ('DRAFT', 'APPROVED', 'ISSUED')),
    reason_bn          text check (length(reason_bn) between 1 and 2000),   -- why this revision
    approval_meeting_bn text check (length(approval_meeting_bn) between 1 and 300), -- 'মাসিক সমন্বয় সভা (জুলাই ২০২৩)'
    approval_meeting_on date,
    approved_on        date,
    decision_id        bigint,                                  -- the register's decision (decision module's id)
    paper_id           bigint references issued_paper (id),
    created_by         bigint,
    created_at         timestamptz not null default now(),
    unique (plan_id, version),
    check (version = 1 or reason_bn is not null),
    check ((status = 'DRAFT') = (approved_on is null)),
    check ((status = 'ISSUED') = (paper_id is not null))
);
create unique index plan_version_one_open on plan_version (plan_id) where status <> 'ISSUED';

-- A plan version's rows: the template's indicators with the office's targets (defaulting to the
-- template's), quarter targets where the unit needs them, the responsible post; and the office's own
-- rows where the template allows them, which carry their own text, unit, calculation and weight.
create table plan_row (
    id                  bigint generated always as identity primary key,
    plan_version_id     bigint not null references plan_version (id) on delete cascade,
    section_no          int    not null check (section_no > 0),
    activity_no         int    not null check (activity_no > 0),
    indicator_no        int    not null check (indicator_no > 0),
    indicator_id        bigint references plan_indicator (id),    -- null: the office's own row
    activity_title_bn   text check (length(activity_title_bn) between 1 and 500), -- own rows under a new activity
    title_bn            text check (length(title_bn) between 1 and 1000),
    unit                text check (unit in ('COUNT', 'PERCENT', 'DATE', 'YES_NO')),
    calculation         text check (calculation in ('SUM', 'AVERAGE', 'DATE', 'CUMULATIVE')),
    weight              numeric(7, 2) check (weight > 0),
    evidence_bn         text check (length(evidence_bn) between 1 and 1000),
    targets             numeric(14, 2)[] check (targets is null or cardinality(targets) = 5),
    target_dates        date[] check (target_dates is null or cardinality(target_dates) = 5),
    quarter_targets     numeric(14, 2)[] check (quarter_targets is null or cardinality(quarter_targets) = 4),
    responsible_post_id bigint references post (id),
    unique (plan_version_id, section_no, activity_no, indicator_no),
    check ((indicator_id is null) = (title_bn is not null and unit is not null and calculation is not null
                                     and weight is not null and evidence_bn is not null))
);

-- An issued version is final, whoever writes (as a published template is).
create function plan_version_final() returns trigger language plpgsql as $$
begin
    if old.status = 'ISSUED' then
        raise exception 'plan version % is issued and cannot change', old.id using errcode = 'check_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger plan_version_final before update or delete on plan_version
    for each row execute function plan_version_final();

create function plan_row_final() returns trigger language plpgsql as $$
begin
    if exists (select 1 from plan_version
                where id = case when tg_op = 'INSERT' then new.plan_version_id else old.plan_version_id end
                  and status = 'ISSUED') then
        raise exception 'plan version is issued and its rows cannot change' using errcode = 'check_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger plan_row_final before insert or update or delete on plan_row
    for each row execute function plan_row_final();

-- A quarter's figure for one indicator (the quarter's own figure; the calculation makes the year's):
-- a number, a day for a date unit, 1/0 for yes/no. What the system proposed (point 6) is kept beside
-- it with its source; a figure other than the proposal needs a reason, shown to the superior.
create table plan_progress (
    id                 bigint generated always as identity primary key,
    plan_id            bigint not null references plan (id),
    quarter            int    not null check (quarter between 1 and 4),
    section_no         int    not null,
    activity_no        int    not null,
    indicator_no       int    not null,
    achieved           numeric(14, 2),
    achieved_on        date,
    note_bn            text check (length(note_bn) <= 4000),
    proposed           numeric(14, 2),
    proposed_source_bn text check (length(proposed_source_bn) <= 500),
    override_reason_bn text check (length(override_reason_bn) between 1 and 2000),
    updated_by         bigint,
    updated_at         timestamptz not null default now(),
    unique (plan_id, quarter, section_no, activity_no, indicator_no),
    check (achieved is null or achieved_on is null)
);

-- Evidence (প্রমাণক) for a quarter's figure; the same upload rules as the rest of the product.
create table plan_evidence (
    id           bigint generated always as identity primary key,
    progress_id  bigint not null references plan_progress (id) on delete cascade,
    file_name    text not null check (length(file_name) between 1 and 255),
    content_type text not null,
    size         int not null check (size between 1 and 10485760),
    bytes        bytea not null,
    uploaded_by  bigint,
    uploaded_at  timestamptz not null default now()
);
create index plan_evidence_idx on plan_evidence (progress_id);

-- A quarter's report upward: Q2's is also the half-yearly self-assessment (the superior's review is
-- its feedback, due 30 January), Q4's the year-end evaluation (its acceptance the published result).
-- DRAFT -> SUBMITTED -> ACCEPTED, or RETURNED (with a comment) -> SUBMITTED again. A late submission
-- is marked late, never refused.
create table plan_report (
    id           bigint generated always as identity primary key,
    plan_id      bigint not null references plan (id),
    quarter      int    not null check (quarter between 1 and 4),
    status       text   not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    superior_id  bigint references office (id),        -- where it was sent: the direct superior then
    due_on       date   not null,
    submitted_at timestamptz,                          -- the latest submission
    late         boolean not null default false,       -- the first submission came after due_on
    score        numeric(7, 2),                        -- the plan's score to date when submitted
    score_rule   text check (score_rule in ('STEP', 'LINEAR')),
    updated_at   timestamptz not null default now(),
    unique (plan_id, quarter)
);
create index plan_report_superior_idx on plan_report (superior_id, quarter, status);

-- Every step of a report, who and when (the history the pages show).
create table plan_report_step (
    id          bigint generated always as identity primary key,
    report_id   bigint not null references plan_report (id),
    action      text not null check (action in ('SUBMIT', 'ACCEPT', 'RETURN')),
    status      text not null check (status in ('SUBMITTED', 'RETURNED', 'ACCEPTED')),
    comment_bn  text check (length(comment_bn) <= 4000),
    office_id   bigint not null references office (id),  -- the acting office
    account_id  bigint,
    at          timestamptz not null default now(),
    late        boolean not null default false
);
create index plan_report_step_idx on plan_report_step (report_id, at, id);

-- The subordinates' state attached to a report when it was sent (seed 004: "পাওয়া যায়নি"):
-- each office directly below, as it stood then.
create table plan_report_subordinate (
    report_id bigint not null references plan_report (id),
    office_id bigint not null references office (id),
    state     text   not null check (state in ('NO_PLAN', 'MISSING', 'DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    late      boolean not null default false,
    score     numeric(7, 2),
    primary key (report_id, office_id)
);

-- The APA calendar as policy data: when each quarter's report is due and when the superior's review
-- (the half-yearly feedback, the year's results) is due, as month and day; the year is the fiscal
-- year's own (July to December: its first calendar year, January to June: its second). A row for a
-- fiscal year overrides the default row (fiscal_year null) for that year.
create table plan_deadline (
    id           bigint generated always as identity primary key,
    fiscal_year  int check (fiscal_year between 2000 and 2200),
    quarter      int not null check (quarter between 1 and 4),
    submit_month int not null check (submit_month between 1 and 12),
    submit_day   int not null check (submit_day between 1 and 31),
    review_month int check (review_month between 1 and 12),
    review_day   int check (review_day between 1 and 31),
    check ((review_month is null) = (review_day is null))
);
create unique index plan_deadline_default_idx on plan_deadline (quarter) where fiscal_year is null;
create unique index plan_deadline_year_idx on plan_deadline (fiscal_year, quarter) where fiscal_year is not null;
insert into plan_deadline (fiscal_year, quarter, submit_month, submit_day, review_month, review_day) values
    (null, 1, 10, 15, null, null),
    (null, 2, 1, 15, 1, 30),    -- the half-yearly self-assessment; the superior's feedback by 30 January
    (null, 3, 4, 15, null, null),
    (null, 4, 7, 15, 8, 30);    -- the year's evaluation with evidence; the results by 30 August
