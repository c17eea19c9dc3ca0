-- The initiatives' roll-up (issue 15, point 9) kept in step with every write, so that a superior's roll-up
-- reads a few rows instead of counting its whole subtree: the Cabinet Division's 24,067 offices x 10
-- initiatives took 600 ms counted from the tables and 250 ms from a per-office tally joined to
-- office_scope; from these tables, a few ms (docs/modules/initiative.md, InitiativeRollUpBenchmark).
--
-- A figure is a named number: 'stage:IDEA' … 'stage:STOPPED' and 'kind:IDEA' … 'kind:REPLICATION' (one per
-- initiative), 'replicated' (on the original's office: replications of it by any office), 'tcv:measured',
-- 'tcv:time', 'tcv:cost', 'tcv:visits' (an initiative with its TCV, not stopped: the citizen's days, taka
-- and visits saved a year), 'service:total' and 'service:running' (the services register).
--
-- initiative_tally: each office's own figures. initiative_scope_tally: for each office, the figures of every
-- office in its scope (office_scope, itself included), by the level of the office they belong to.
-- Kept by triggers in the writing statement, whoever writes (the initiatives' service, the TCV and services
-- pages, tests' plain SQL), as office_scope is kept by office's: nothing to forget. office_scope's own
-- changes (an office moved) move its figures between ancestors. initiative_tally_rebuild() recomputes
-- both from the tables (InitiativeTally.rebuild; InitiativeTallyTests checks they equal a plain count).
create table initiative_tally (
    office_id bigint  not null references office (id) on delete cascade,
    figure    text    not null,
    value     numeric not null,
    primary key (office_id, figure)
);

create table initiative_scope_tally (
    ancestor_id bigint  not null references office (id) on delete cascade,
    level       text    not null,   -- the level of the offices whose figures these are
    figure      text    not null,
    value       numeric not null,
    primary key (ancestor_id, level, figure)
);

-- Adds these figures to the office's own tally and to every office whose scope holds it, in one order
-- (ancestor, level, figure) so that two writers lock the shared rows alike.
create function initiative_tally_add(p_office bigint, p_figures text[], p_values numeric[]) returns void
    language sql as $$
    insert into initiative_tally as t (office_id, figure, value)
    select p_office, u.f, sum(u.v) from unnest(p_figures, p_values) u(f, v) where u.v <> 0 group by u.f order by u.f
    on conflict (office_id, figure) do update set value = t.value + excluded.value;
    insert into initiative_scope_tally as t (ancestor_id, level, figure, value)
    select s.ancestor_id, s.level, u.f, sum(u.v)
      from office_scope s cross join unnest(p_figures, p_values) u(f, v)
     where s.office_id = p_office and u.v <> 0
     group by s.ancestor_id, s.level, u.f order by s.ancestor_id, s.level, u.f
    on conflict (ancestor_id, level, figure) do update set value = t.value + excluded.value;
$$;

-- What one initiative adds, given its TCV row (null fields when it has none), times p_sign (1 or -1).
create function initiative_figures(p_stage text, p_kind text, p_tcv initiative_tcv, p_sign int,
                                   out figures text[], out vals numeric[]) language sql immutable as $$
    select array['stage:' || p_stage, 'kind:' || p_kind, 'tcv:measured', 'tcv:time', 'tcv:cost', 'tcv:visits'],
           array[p_sign, p_sign,
                 case when m then p_sign else 0 end,
                 case when m then p_sign * (p_tcv.time_before - p_tcv.time_after) * p_tcv.cases_per_year else 0 end,
                 case when m then p_sign * (p_tcv.cost_before - p_tcv.cost_after) * p_tcv.cases_per_year else 0 end,
                 case when m then p_sign * (p_tcv.visits_before - p_tcv.visits_after)::numeric * p_tcv.cases_per_year else 0 end]::numeric[]
      from (select p_tcv.initiative_id is not null and p_stage <> 'STOPPED' as m) x
$$;

create function initiative_tally_initiative() returns trigger language plpgsql as $$
declare
    tcv initiative_tcv;
    f   record;
begin
    if tg_op in ('UPDATE', 'DELETE') then
        select * into tcv from initiative_tcv where initiative_id = old.id;
        select * into f from initiative_figures(old.stage, old.kind, tcv, -1);
        perform initiative_tally_add(old.office_id, f.figures, f.vals);
        if old.replicated_from_id is not null then
            perform initiative_tally_add((select office_id from initiative where id = old.replicated_from_id), array['replicated'], array[-1]);
        end if;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        select * into tcv from initiative_tcv where initiative_id = new.id;
        select * into f from initiative_figures(new.stage, new.kind, tcv, 1);
        perform initiative_tally_add(new.office_id, f.figures, f.vals);
        if new.replicated_from_id is not null then
            perform initiative_tally_add((select office_id from initiative where id = new.replicated_from_id), array['replicated'], array[1]);
        end if;
    end if;
    return case when tg_when = 'BEFORE' then old end;  -- a before-delete trigger returning null would cancel the delete
end
$$;

-- After an insert or a change; before a delete, while its TCV row (deleted by the cascade) is still there.
create trigger initiative_tally_write after insert or update of office_id, stage, kind, replicated_from_id on initiative
    for each row execute function initiative_tally_initiative();
create trigger initiative_tally_delete before delete on initiative
    for each row execute function initiative_tally_initiative();

create function initiative_tally_tcv() returns trigger language plpgsql as $$
declare
    i initiative;
    f record;
begin
    select * into i from initiative where id = coalesce(new.initiative_id, old.initiative_id);
    if not found then
        return null;  -- the initiative itself is being deleted: its own trigger took its TCV off
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        select * into f from initiative_figures(i.stage, i.kind, old, -1);
        perform initiative_tally_add(i.office_id, f.figures[3:6], f.vals[3:6]);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        select * into f from initiative_figures(i.stage, i.kind, new, 1);
        perform initiative_tally_add(i.office_id, f.figures[3:6], f.vals[3:6]);
    end if;
    return null;
end
$$;

create trigger initiative_tally_tcv after insert or update or delete on initiative_tcv
    for each row execute function initiative_tally_tcv();

create function initiative_tally_service() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform initiative_tally_add(old.office_id, array['service:total', 'service:running'],
                                     array[-1, case when old.running then -1 else 0 end]);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform initiative_tally_add(new.office_id, array['service:total', 'service:running'],
                                     array[1, case when new.running then 1 else 0 end]);
    end if;
    return null;
end
$$;

create trigger initiative_tally_service after insert or update of office_id, running or delete on office_service
    for each row execute function initiative_tally_service();

-- An office moved (office_scope's rows of it and its subtree deleted and inserted again): its figures leave
-- the ancestors it left and join those it gained, at its level then and now.
create function initiative_tally_scope_added() returns trigger language plpgsql as $$
begin
    insert into initiative_scope_tally as t (ancestor_id, level, figure, value)
    select a.ancestor_id, a.level, o.figure, sum(o.value)
      from added a join initiative_tally o on o.office_id = a.office_id
     group by a.ancestor_id, a.level, o.figure order by 1, 2, 3
    on conflict (ancestor_id, level, figure) do update set value = t.value + excluded.value;
    return null;
end
$$;

create function initiative_tally_scope_removed() returns trigger language plpgsql as $$
begin
    update initiative_scope_tally t set value = t.value - g.value
      from (select r.ancestor_id, r.level, o.figure, sum(o.value) as value
              from removed r join initiative_tally o on o.office_id = r.office_id
             group by r.ancestor_id, r.level, o.figure) g
     where t.ancestor_id = g.ancestor_id and t.level = g.level and t.figure = g.figure;
    return null;
end
$$;

create trigger initiative_tally_scope_insert after insert on office_scope
    referencing new table as added for each statement execute function initiative_tally_scope_added();
create trigger initiative_tally_scope_delete after delete on office_scope
    referencing old table as removed for each statement execute function initiative_tally_scope_removed();

-- Both tallies recomputed from the tables, the way the triggers count (the one command after a bulk load
-- made with triggers off, or to repair): select initiative_tally_rebuild();
create function initiative_tally_rebuild() returns void language plpgsql as $$
begin
    lock table initiative_tally, initiative_scope_tally in exclusive mode;
    delete from initiative_scope_tally;
    delete from initiative_tally;
    insert into initiative_tally (office_id, figure, value)
    select office_id, figure, sum(value) from (
        select i.office_id, u.figure, u.value
          from initiative i left join initiative_tcv t on t.initiative_id = i.id
         cross join lateral initiative_figures(i.stage, i.kind, t, 1) f
         cross join lateral unnest(f.figures, f.vals) u(figure, value)
        union all
        select o.office_id, 'replicated', 1 from initiative r join initiative o on o.id = r.replicated_from_id
        union all
        select office_id, 'service:total', 1 from office_service
        union all
        select office_id, 'service:running', 1 from office_service where running
    ) x where value <> 0 group by office_id, figure;
    insert into initiative_scope_tally (ancestor_id, level, figure, value)
    select s.ancestor_id, s.level, o.figure, sum(o.value)
      from initiative_tally o join office_scope s on s.office_id = o.office_id
     group by s.ancestor_id, s.level, o.figure;
end
$$;
