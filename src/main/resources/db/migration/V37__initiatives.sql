-- Innovation initiatives (issue 15): an office's ideas, service simplifications, digitisations and
-- replications of another office's initiative, followed through their stages with dated history and
-- evidence; the citizen's time, cost and visits (TCV) before and after; the services register; field
-- visits. Showcasing and trainings have their own migrations.

-- IDEA -> PROCESS_MAP -> APPROVED_FOR_PILOT -> PILOT -> ASSESSMENT -> SCALE_UP -> RUNNING; STOPPED from
-- any stage with a reason (initiative.internal.InitiativeWorkflow says which moves are allowed).
create table initiative (
    id                 bigint generated always as identity primary key,
    office_id          bigint not null references office (id),
    kind               text   not null check (kind in ('IDEA', 'SIMPLIFICATION', 'DIGITISATION', 'REPLICATION')),
    title_bn           text   not null check (length(title_bn) between 1 and 300),
    title_en           text   check (length(title_en) between 1 and 300),
    service_bn         text   not null check (length(service_bn) between 1 and 300),  -- the service or process it changes
    internal_process   boolean not null default false,                               -- an office's own process, not a citizen's service
    problem_bn         text   not null check (length(problem_bn) between 1 and 4000),
    root_cause_bn      text   check (length(root_cause_bn) between 1 and 4000),
    solution_bn        text   not null check (length(solution_bn) between 1 and 4000),
    owner_post_id      bigint references post (id),                                  -- the post that owns it
    stage              text   not null check (stage in ('IDEA', 'PROCESS_MAP', 'APPROVED_FOR_PILOT', 'PILOT',
                                                        'ASSESSMENT', 'SCALE_UP', 'RUNNING', 'STOPPED')),
    stage_since        date   not null,
    replicated_from_id bigint references initiative (id),
    created_by         bigint,                                                       -- account id
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    check ((kind = 'REPLICATION') = (replicated_from_id is not null)),
    check (replicated_from_id is distinct from id)
);
create index initiative_office_idx on initiative (office_id, stage);
create index initiative_replicated_idx on initiative (replicated_from_id) where replicated_from_id is not null;
-- the national search (point 4): partial words in Bangla and English
alter table initiative add column search_text text generated always as (
    lower(title_bn || ' ' || coalesce(title_en, '') || ' ' || service_bn || ' ' || problem_bn || ' ' || solution_bn)
) stored;
create index initiative_search_idx on initiative using gin (search_text gin_trgm_ops);

-- The team members who work on it (officers of the people registry).
create table initiative_member (
    initiative_id bigint not null references initiative (id) on delete cascade,
    officer_id    bigint not null references officer (id),
    primary key (initiative_id, officer_id)
);

-- Every stage an initiative entered, when, by whom and on what: the first row is where it started. A
-- move backwards or past a stage carries its reason; the deciding body is a decision of the register
-- (e.g. the meeting that approved the pilot), kept as its id as plan_version does.
create table initiative_stage (
    id            bigint generated always as identity primary key,
    initiative_id bigint not null references initiative (id) on delete cascade,
    stage         text   not null check (stage in ('IDEA', 'PROCESS_MAP', 'APPROVED_FOR_PILOT', 'PILOT',
                                                   'ASSESSMENT', 'SCALE_UP', 'RUNNING', 'STOPPED')),
    entered_on    date   not null,
    note_bn       text   check (length(note_bn) between 1 and 4000),
    reason_bn     text   check (length(reason_bn) between 1 and 2000),  -- a skip, a move back, a stop
    decision_id   bigint,
    created_by    bigint,
    created_at    timestamptz not null default now(),
    check (stage <> 'STOPPED' or reason_bn is not null)
);
create index initiative_stage_idx on initiative_stage (initiative_id, entered_on, id);

-- Evidence of a stage (a process map, a pilot's report, photos); the product's upload rules.
create table initiative_evidence (
    id            bigint generated always as identity primary key,
    stage_id      bigint not null references initiative_stage (id) on delete cascade,
    file_name     text not null check (length(file_name) between 1 and 255),
    content_type  text not null,
    size          int  not null check (size between 1 and 10485760),
    bytes         bytea not null,
    uploaded_by   bigint,
    uploaded_at   timestamptz not null default now()
);
create index initiative_evidence_idx on initiative_evidence (stage_id);

-- The superior offices' comments (any office above it in either hierarchy).
create table initiative_comment (
    id            bigint generated always as identity primary key,
    initiative_id bigint not null references initiative (id) on delete cascade,
    office_id     bigint not null references office (id),   -- the commenting office
    text_bn       text   not null check (length(text_bn) between 1 and 4000),
    created_by    bigint,
    created_at    timestamptz not null default now()
);
create index initiative_comment_idx on initiative_comment (initiative_id, id);

-- A scale-up: which offices take it up, by whom (the deciding authority in words), from when.
create table initiative_scale_up (
    initiative_id bigint not null references initiative (id) on delete cascade,
    office_id     bigint not null references office (id),
    by_bn         text   not null check (length(by_bn) between 1 and 300),
    since         date   not null,
    primary key (initiative_id, office_id)
);

-- Service simplification measured the a2i way (point 2): the process before and after, step by step...
create table initiative_process_step (
    initiative_id bigint not null references initiative (id) on delete cascade,
    phase         text   not null check (phase in ('BEFORE', 'AFTER')),
    step_no       int    not null check (step_no between 1 and 100),
    text_bn       text   not null check (length(text_bn) between 1 and 1000),
    actor_bn      text   check (length(actor_bn) between 1 and 300),   -- who does it
    primary key (initiative_id, phase, step_no)
);

-- ...and the citizen's time (days), cost (taka) and visits per case, before and after, with the cases a
-- year the savings are multiplied by. Savings per case and per year are computed, never stored.
create table initiative_tcv (
    initiative_id  bigint primary key references initiative (id) on delete cascade,
    time_before    numeric(9, 2) not null check (time_before >= 0),
    time_after     numeric(9, 2) not null check (time_after >= 0),
    cost_before    numeric(14, 2) not null check (cost_before >= 0),
    cost_after     numeric(14, 2) not null check (cost_after >= 0),
    visits_before  int not null check (visits_before between 0 and 1000),
    visits_after   int not null check (visits_after between 0 and 1000),
    cases_per_year int not null check (cases_per_year between 0 and 100000000),
    measured_on    date not null,
    updated_by     bigint,
    updated_at     timestamptz not null default now()
);

-- The services register (point 3): every innovated, simplified or digitised service of an office, its
-- link, and whether it runs as last checked.
create table office_service (
    id            bigint generated always as identity primary key,
    office_id     bigint not null references office (id),
    name_bn       text   not null check (length(name_bn) between 1 and 300),
    name_en       text   check (length(name_en) between 1 and 300),
    kind          text   not null check (kind in ('INNOVATED', 'SIMPLIFIED', 'DIGITISED')),
    link          text   check (link ~ '^https?://' and length(link) <= 1000),
    initiative_id bigint references initiative (id),
    running       boolean not null,
    checked_on    date   not null,
    created_by    bigint,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    unique (office_id, name_bn)
);
create index office_service_initiative_idx on office_service (initiative_id) where initiative_id is not null;
alter table office_service add column search_text text generated always as (
    lower(name_bn || ' ' || coalesce(name_en, ''))
) stored;
create index office_service_search_idx on office_service using gin (search_text gin_trgm_ops);

-- Every check of a service (the register shows the last; the history stays).
create table office_service_check (
    id         bigint generated always as identity primary key,
    service_id bigint not null references office_service (id) on delete cascade,
    running    boolean not null,
    checked_on date not null,
    note_bn    text check (length(note_bn) between 1 and 1000),
    created_by bigint,
    created_at timestamptz not null default now()
);
create index office_service_check_idx on office_service_check (service_id, checked_on, id);

-- Field visits of an initiative (point 6): when, who, what was found; photos as evidence; the
-- follow-up decisions are the register's (their ids kept here).
create table initiative_visit (
    id               bigint generated always as identity primary key,
    initiative_id    bigint not null references initiative (id) on delete cascade,
    visiting_office_id bigint not null references office (id),
    visited_on       date   not null,
    visitors_bn      text   not null check (length(visitors_bn) between 1 and 1000),
    findings_bn      text   not null check (length(findings_bn) between 1 and 8000),
    created_by       bigint,
    created_at       timestamptz not null default now()
);
create index initiative_visit_idx on initiative_visit (initiative_id, visited_on);

create table initiative_visit_evidence (
    id           bigint generated always as identity primary key,
    visit_id     bigint not null references initiative_visit (id) on delete cascade,
    file_name    text not null check (length(file_name) between 1 and 255),
    content_type text not null,
    size         int  not null check (size between 1 and 10485760),
    bytes        bytea not null,
    uploaded_by  bigint,
    uploaded_at  timestamptz not null default now()
);
create index initiative_visit_evidence_idx on initiative_visit_evidence (visit_id);

create table initiative_visit_decision (
    visit_id    bigint not null references initiative_visit (id) on delete cascade,
    decision_id bigint not null,
    primary key (visit_id, decision_id)
);
