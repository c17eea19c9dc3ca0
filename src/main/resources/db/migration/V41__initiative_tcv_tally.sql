-- Issue 15, point 2: the citizen's savings added up over an office's subtree fast at national scale
-- (24,000 offices x 10 initiatives). Each office's measured, not stopped initiatives are summed once into
-- initiative_tcv_office, kept in step by triggers in the same statement as any change of a TCV, of an
-- initiative's stage to or from STOPPED, or of its office, whoever writes (like office_scope); a roll-up
-- then adds up one row per office of the scope instead of every initiative's TCV.
create table initiative_tcv_office (
    office_id   bigint primary key references office (id) on delete cascade,
    measured    int     not null check (measured > 0),   -- measured, not stopped initiatives
    time_case   numeric not null,                        -- days saved per case, summed over them
    cost_case   numeric not null,                        -- taka saved per case
    visits_case bigint  not null,                        -- visits saved per case
    time_year   numeric not null,                        -- each saving per case times its cases a year
    cost_year   numeric not null,
    visits_year bigint  not null
);

-- Recomputes one office's row from its initiatives (about ten: cheap); true when the office has one. The
-- advisory lock makes two transactions changing the same office's TCVs recompute one after the other, each
-- seeing the other's (a statement after the lock sees what committed before it).
create function initiative_tcv_tally(p_office bigint) returns boolean language plpgsql as $$
begin
    perform pg_advisory_xact_lock(1501, p_office::int);
    delete from initiative_tcv_office where office_id = p_office;
    insert into initiative_tcv_office (office_id, measured, time_case, cost_case, visits_case, time_year, cost_year, visits_year)
    select i.office_id, count(*),
           sum(t.time_before - t.time_after), sum(t.cost_before - t.cost_after), sum(t.visits_before - t.visits_after),
           sum((t.time_before - t.time_after) * t.cases_per_year), sum((t.cost_before - t.cost_after) * t.cases_per_year),
           sum((t.visits_before - t.visits_after)::bigint * t.cases_per_year)
      from initiative i join initiative_tcv t on t.initiative_id = i.id
     where i.office_id = p_office and i.stage <> 'STOPPED'
     group by i.office_id;
    return found;
end $$;

create function initiative_tcv_changed() returns trigger language plpgsql as $$
declare
    v_office bigint;
begin
    -- a TCV removed with its initiative (on delete cascade): the initiative's own trigger recomputes
    select office_id into v_office from initiative where id = coalesce(new.initiative_id, old.initiative_id);
    if v_office is not null then
        perform initiative_tcv_tally(v_office);
    end if;
    if tg_op = 'UPDATE' and new.initiative_id <> old.initiative_id then
        select office_id into v_office from initiative where id = old.initiative_id;
        if v_office is not null then
            perform initiative_tcv_tally(v_office);
        end if;
    end if;
    return null;
end $$;

create trigger initiative_tcv_tally after insert or update or delete on initiative_tcv
    for each row execute function initiative_tcv_changed();

create function initiative_stage_tallied() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        perform initiative_tcv_tally(old.office_id);
    elsif new.office_id <> old.office_id then
        perform initiative_tcv_tally(old.office_id);
        perform initiative_tcv_tally(new.office_id);
    elsif (new.stage = 'STOPPED') <> (old.stage = 'STOPPED') then
        perform initiative_tcv_tally(new.office_id);
    end if;
    return null;
end $$;

-- a stage move that neither enters nor leaves STOPPED changes no tally and recomputes nothing
create trigger initiative_stage_tally after update of stage, office_id or delete on initiative
    for each row execute function initiative_stage_tallied();
