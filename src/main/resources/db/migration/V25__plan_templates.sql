-- The annual e-governance and innovation action plan (issue 14), first its templates: the Cabinet
-- Division's policy data per fiscal year and office level, versioned. A version is a DRAFT while the
-- Cabinet Division writes it and PUBLISHED once plans may be made on it; a published version never
-- changes (its plans keep it), so a change is the next version, copied from it. Plans, progress and
-- submissions will reference plan_template_version and plan_indicator.
create table plan_template (
    id           bigint generated always as identity primary key,
    fiscal_year  int    not null check (fiscal_year between 2000 and 2200), -- the July it starts in
    office_level text   not null,
    created_at   timestamptz not null default now(),
    unique (fiscal_year, office_level)
);

create table plan_template_version (
    id           bigint generated always as identity primary key,
    template_id  bigint not null references plan_template (id),
    version      int    not null check (version > 0),
    status       text   not null check (status in ('DRAFT', 'PUBLISHED')),
    title_bn     text   not null,
    title_en     text   not null default '',
    total_weight numeric(7, 2) not null check (total_weight > 0),
    copied_from  bigint references plan_template_version (id),
    created_at   timestamptz not null default now(),
    published_at timestamptz,
    unique (template_id, version),
    check ((status = 'PUBLISHED') = (published_at is not null))
);
-- at most one draft per template: the one being written
create unique index plan_template_version_one_draft on plan_template_version (template_id) where status = 'DRAFT';

create table plan_section (
    id         bigint generated always as identity primary key,
    version_id bigint not null references plan_template_version (id) on delete cascade,
    section_no int    not null check (section_no > 0),
    title_bn   text   not null,
    weight     numeric(7, 2) not null check (weight > 0),
    unique (version_id, section_no)
);

create table plan_activity (
    id          bigint generated always as identity primary key,
    section_id  bigint not null references plan_section (id) on delete cascade,
    activity_no int    not null check (activity_no > 0),
    title_bn    text   not null,
    unique (section_id, activity_no)
);

-- An indicator: its code is section_no.activity_no.indicator_no, numbers so that [1.10.1] sorts after
-- [1.9.1]. Targets are the five columns best first (100, 90, 80, 70, 60 %): numbers for counts and
-- percents, days for a date unit (earlier is better); worse columns may be null; none for yes/no.
create table plan_indicator (
    id             bigint generated always as identity primary key,
    activity_id    bigint not null references plan_activity (id) on delete cascade,
    indicator_no   int    not null check (indicator_no > 0),
    title_bn       text   not null,
    unit           text   not null check (unit in ('COUNT', 'PERCENT', 'DATE', 'YES_NO')),
    calculation    text   not null check (calculation in ('SUM', 'AVERAGE', 'DATE', 'CUMULATIVE')),
    weight         numeric(7, 2) not null check (weight > 0),
    targets        numeric(14, 2)[] check (targets is null or cardinality(targets) = 5),
    target_dates   date[] check (target_dates is null or cardinality(target_dates) = 5),
    evidence_bn    text   not null,
    system_measure text,
    unique (activity_id, indicator_no),
    check ((unit = 'DATE') = (target_dates is not null)),
    check ((unit in ('COUNT', 'PERCENT')) = (targets is not null))
);

-- A published version is final, whoever writes: its rows cannot change or go, and it cannot go back to draft.
create function plan_template_version_final() returns trigger language plpgsql as $$
begin
    if old.status = 'PUBLISHED' then
        raise exception 'plan template version % is published and cannot change', old.id using errcode = 'check_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger plan_template_version_final before update or delete on plan_template_version
    for each row execute function plan_template_version_final();

create function plan_template_refuse_published(p_version_id bigint) returns void language plpgsql as $$
begin
    if exists (select 1 from plan_template_version where id = p_version_id and status = 'PUBLISHED') then
        raise exception 'plan template version % is published and cannot change', p_version_id using errcode = 'check_violation';
    end if;
end $$;

create function plan_section_final() returns trigger language plpgsql as $$
begin
    perform plan_template_refuse_published(case when tg_op = 'INSERT' then new.version_id else old.version_id end);
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger plan_section_final before insert or update or delete on plan_section
    for each row execute function plan_section_final();

create function plan_activity_final() returns trigger language plpgsql as $$
begin
    perform plan_template_refuse_published((select version_id from plan_section
                                             where id = case when tg_op = 'INSERT' then new.section_id else old.section_id end));
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger plan_activity_final before insert or update or delete on plan_activity
    for each row execute function plan_activity_final();

create function plan_indicator_final() returns trigger language plpgsql as $$
begin
    perform plan_template_refuse_published((select s.version_id from plan_activity a join plan_section s on s.id = a.section_id
                                             where a.id = case when tg_op = 'INSERT' then new.activity_id else old.activity_id end));
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger plan_indicator_final before insert or update or delete on plan_indicator
    for each row execute function plan_indicator_final();
