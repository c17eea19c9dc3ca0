-- The supervision dashboards' read side (issue 16, point 2): the figures the modules give (supervision.OfficeFigures)
-- per office, fiscal year, quarter (1-4, 0 for the year as a whole) and measure, and their sums for every office over
-- its scope (office_scope: itself and everything below it in both hierarchies), so that the Cabinet Division's national
-- dashboard reads its own row and its 68 children's per measure instead of counting 24,000 offices' facts.
--
-- Kept in step by supervision's listener on audit events, in the writer's transaction (the office's figures
-- recomputed from its sources, the ancestors' sums moved by the difference); rows whose value and total are both 0
-- are not kept, so the read side equals, row for row, what supervision_rebuild (SupervisionReadSide.rebuild) writes.
create table supervision_figure (
    office_id   bigint   not null references office (id) on delete cascade,
    fiscal_year int      not null,   -- the July it starts in
    quarter     smallint not null check (quarter between 0 and 4),
    measure     text     not null,
    value       bigint   not null,
    out_of      bigint   not null,
    primary key (office_id, fiscal_year, measure, quarter)
);

create table supervision_scope_figure (
    ancestor_id bigint   not null references office (id) on delete cascade,
    fiscal_year int      not null,
    quarter     smallint not null check (quarter between 0 and 4),
    measure     text     not null,
    value       bigint   not null,
    out_of      bigint   not null,
    primary key (ancestor_id, fiscal_year, quarter, measure)
);

-- When the read side was last rebuilt from the facts, per fiscal year (the dashboard says so).
create table supervision_rebuild (
    fiscal_year int         primary key,
    as_of       date        not null,
    rebuilt_at  timestamptz not null default now()
);
