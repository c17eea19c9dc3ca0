-- The annual report (issue 16, point 1): one per office and fiscal year, due by 31 July after the year (duty ৫ of
-- the 2025 notification). Drafted from the modules' sections (report.ReportSection), each section's text edited by
-- the office with the figures it rests on kept beside it (as drafted, refreshed on a redraft); DRAFT -> APPROVED ->
-- ISSUED (the official paper, report.internal.ReportWorkflow). Lateness is not a state: issued after the due day.
create table annual_report (
    id           bigint generated always as identity primary key,
    office_id    bigint not null references office (id),
    fiscal_year  int    not null check (fiscal_year between 2000 and 2200),  -- the July it starts in
    status       text   not null check (status in ('DRAFT', 'APPROVED', 'ISSUED')),
    due_on       date   not null,                                           -- 31 July after the year
    drafted_on   date   not null,
    approved_on  date,
    paper_id     bigint references issued_paper (id),
    issued_on    date,
    created_by   bigint,
    created_at   timestamptz not null default now(),
    unique (office_id, fiscal_year),
    check ((status = 'DRAFT') = (approved_on is null)),
    check ((status = 'ISSUED') = (paper_id is not null and issued_on is not null))
);
create index annual_report_year_idx on annual_report (fiscal_year, office_id);

create table annual_report_section (
    report_id   bigint not null references annual_report (id) on delete cascade,
    key         text   not null check (key ~ '^[a-z][a-z0-9-]{0,39}$'),    -- 'meetings'
    position    int    not null,                                         -- ReportSection.order()
    heading_bn  text   not null check (length(heading_bn) between 1 and 300),
    heading_en  text   not null check (length(heading_en) between 1 and 300),
    draft_bn    text   not null,                                         -- the text the system wrote
    text_bn     text   not null check (length(text_bn) between 1 and 20000), -- the office's text, the draft until edited
    edited      boolean not null default false,
    figures     jsonb  not null default '[]',                            -- [{nameBn, nameEn, value, outOf}]
    chart       jsonb  not null default '[]',                            -- [{labelBn, labelEn, value}]
    primary key (report_id, key)
);
