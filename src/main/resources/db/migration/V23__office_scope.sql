-- One office hierarchy for roll-ups (issue 13, point 2): the scope relation, owned by `office` and
-- published as its SQL contract (docs/modules/office.md). Other modules' SQL may read it, never write it.
--
-- office_scope(ancestor_id, office_id, depth, level): office_id is in ancestor_id's scope, i.e. the
-- ancestor is the office itself (depth 0) or above it in either hierarchy, by any mix of steps up
-- the administrative (division -> district -> upazila) and line (ministry -> directorate -> field
-- office) parents; depth is the fewest steps; level is office_id's level, so that "the offices of
-- these levels in X's scope" (the compliance view's ~1,000 counted offices among the Cabinet
-- Division's 24,067) is one index range, not a filter over the whole scope. Every roll-up ("an office and everything below it",
-- "each office directly below with its own scope") reads the same walk the recursive queries made.
--
-- Kept in step by triggers on office, in the same statement as any insert or change of a parent or level,
-- whoever writes (the registry's forms and CSV import, the reference loader, tests' and benchmarks'
-- plain SQL): one place, nothing that can be forgotten. Deleting an office cascades.
create table office_scope (
    ancestor_id bigint not null references office (id) on delete cascade,
    office_id   bigint not null references office (id) on delete cascade,
    depth       int    not null check (depth >= 0),
    level       text   not null,
    primary key (ancestor_id, office_id)
);
create index office_scope_office_idx on office_scope (office_id, ancestor_id, depth);
create index office_scope_level_idx on office_scope (ancestor_id, level, office_id);
create index office_scope_depth_idx on office_scope (ancestor_id, depth, office_id);  -- the offices directly below (depth 1)

-- Recomputes the scope rows of these offices and of every office below them (their subtree does not
-- change when their parents do), by walking up from each through both parents.
create function office_scope_refresh(p_offices bigint[]) returns void language plpgsql as $$
declare
    affected bigint[];
begin
    affected := array(select unnest(p_offices)
                      union
                      select office_id from office_scope where ancestor_id = any(p_offices));
    delete from office_scope where office_id = any(affected);
    insert into office_scope (ancestor_id, office_id, depth, level)
    with recursive up(office_id, id, depth) as (
        select id, id, 0 from office where id = any(affected)
        union
        select u.office_id, p.parent, u.depth + 1
        from up u join office o on o.id = u.id
        cross join lateral (values (o.admin_parent_id), (o.line_parent_id)) p(parent)
        where p.parent is not null and u.depth < 32  -- a cycle (refused by the registry) cannot loop
    )
    select u.id, u.office_id, min(u.depth), o.level from up u join office o on o.id = u.office_id group by u.id, u.office_id, o.level;
end
$$;

create function office_scope_inserted() returns trigger language plpgsql as $$
begin
    perform office_scope_refresh(array(select id from added));
    return null;
end
$$;

create function office_scope_moved() returns trigger language plpgsql as $$
declare
    moved bigint[];
begin
    moved := array(select n.id from changed n join previous o on o.id = n.id
                   where n.admin_parent_id is distinct from o.admin_parent_id
                      or n.line_parent_id is distinct from o.line_parent_id or n.level is distinct from o.level);
    if cardinality(moved) > 0 then
        perform office_scope_refresh(moved);
    end if;
    return null;
end
$$;

create trigger office_scope_insert after insert on office
    referencing new table as added for each statement execute function office_scope_inserted();
create trigger office_scope_update after update on office
    referencing old table as previous new table as changed for each statement execute function office_scope_moved();

select office_scope_refresh(array(select id from office));

-- Whether the decision's owners name the office (DecisionService.OWNED_BY): its superiors are now
-- read from the scope relation instead of walking up (same answers).
create or replace function decision_names(p_decision bigint, p_office bigint) returns boolean language sql stable as $$
    select exists (select 1 from decision_owner w where w.decision_id = p_decision and (
                       (w.level is null and w.office_id = p_office)
                    or w.post_id in (select id from post where office_id = p_office)
                    or (w.level = (select level from office where id = p_office)
                        and w.office_id in (select ancestor_id from office_scope where office_id = p_office and depth > 0))))
$$;
