-- Each implementing office keeps its own status (issue 19, point 3). A decision given to a group
-- ("জেলা প্রশাসক (সকল), রাজশাহী বিভাগ") was one shared status: one district marking it implemented
-- marked it for all eight.
--
-- decision_status now holds two kinds of rows, both history read as of a day, never overwritten:
--   for_office_id is null      the decision as a whole: the deciding office's rulings (and the
--                              first NOT_STARTED); a ruling counts for every implementing office;
--   for_office_id = an office  that implementing office's own entry.
-- An office's status on a day is the latest of the whole rows and its own rows (since, then id).
-- The decision is implemented when every office is (dropped offices left out), dropped when every
-- office is; otherwise in progress once any office has moved, else not started.

alter table decision_status add column for_office_id bigint references office (id);
create index decision_status_office_idx on decision_status (decision_id, for_office_id, since desc, id desc)
    where for_office_id is not null;

-- The offices a decision's owners name, as DecisionService.OWNED_BY matches them: an office, the
-- office of a post, or every office of a level anywhere under an office (both hierarchies). The
-- walk down goes only through offices of a level above the one sought (an upazila is reached
-- through its district, never through a field office below it), so that "every district of a
-- division" reads the division's districts, not the thousands of offices under them.
create function decision_members(p_decision bigint) returns setof bigint language sql stable as $$
    with recursive groups as (
        select office_id, level from decision_owner where decision_id = p_decision and level is not null
    ),
    down(level, id, office_level) as (
        select g.level, c.id, c.level from groups g join office c on c.admin_parent_id = g.office_id
        union
        select g.level, c.id, c.level from groups g join office c on c.line_parent_id = g.office_id
        union
        select d.level, c.id, c.level from down d join lateral (select id, level from office where admin_parent_id = d.id
                                                                union all
                                                                select id, level from office where line_parent_id = d.id) c on true
        where d.level = 'OTHER'
           or array_position(array['CABINET_DIVISION', 'MINISTRY', 'DIRECTORATE', 'DIVISION', 'DISTRICT', 'UPAZILA', 'OTHER'], d.office_level)
            < array_position(array['CABINET_DIVISION', 'MINISTRY', 'DIRECTORATE', 'DIVISION', 'DISTRICT', 'UPAZILA', 'OTHER'], d.level)
    )
    select office_id from decision_owner where decision_id = p_decision and level is null and office_id is not null
    union
    select p.office_id from decision_owner o join post p on p.id = o.post_id where o.decision_id = p_decision
    union
    select d.id from down d where d.office_level = d.level
$$;

-- A decision's status on a day when some office has an entry after the latest whole row
-- (p_status, p_since, p_id): each office's latest, combined. Only called for such decisions, so
-- the lists and rates of decisions without entries stay one index probe each (the caller's guard
-- sits in a subquery fenced with "offset 0", so that it gates the call rather than filters after it).
-- Whether the decision's owners name the office (DecisionService.OWNED_BY, walking up from the office: a few rows).
create function decision_names(p_decision bigint, p_office bigint) returns boolean language sql stable as $$
    with recursive up(id) as (
        select p.parent from office o cross join lateral (values (o.admin_parent_id), (o.line_parent_id)) p(parent)
        where o.id = p_office and p.parent is not null
        union
        select p.parent from up join office o on o.id = up.id
        cross join lateral (values (o.admin_parent_id), (o.line_parent_id)) p(parent) where p.parent is not null
    )
    select exists (select 1 from decision_owner w where w.decision_id = p_decision and (
                       (w.level is null and w.office_id = p_office)
                    or w.post_id in (select id from post where office_id = p_office)
                    or (w.level = (select level from office where id = p_office) and w.office_id in (select id from up))))
$$;

create function decision_group_status(p_decision bigint, p_as_of date, p_status text, p_since date, p_id bigint)
    returns table (status text, since date, reason text) language plpgsql stable as $$
#variable_conflict use_column
declare
    v_since date;
begin
    -- An office still named whose latest entry is "in progress": the decision is in progress whatever
    -- the others did, so the group need not be counted (most decisions with entries, and cheap).
    select max(e.since) into v_since
    from (select distinct on (s.for_office_id) s.for_office_id, s.status, s.since from decision_status s
          where s.decision_id = p_decision and s.for_office_id is not null and s.since <= p_as_of
            and (s.since, s.id) > (p_since, p_id)
          order by s.for_office_id, s.since desc, s.id desc) e
    where decision_names(p_decision, e.for_office_id)
    having bool_or(e.status = 'IN_PROGRESS');
    if v_since is not null then
        return query select 'IN_PROGRESS'::text, greatest(v_since, p_since), null::text;
        return;
    end if;
    return query
    with each as (
        select coalesce(r.status, p_status) as status, coalesce(r.since, p_since) as since, r.reason
        from decision_members(p_decision) m(office_id)
        left join lateral (select s.status, s.since, s.reason from decision_status s
                           where s.decision_id = p_decision and s.for_office_id = m.office_id and s.since <= p_as_of
                             and (s.since, s.id) > (p_since, p_id)
                           order by s.since desc, s.id desc limit 1) r on true
    )
    select case when count(*) = 0 then p_status
                when count(*) filter (where e.status = 'DROPPED') = count(*) then 'DROPPED'
                when count(*) filter (where e.status in ('IMPLEMENTED', 'DROPPED')) = count(*) then 'IMPLEMENTED'
                when count(*) filter (where e.status <> 'NOT_STARTED') > 0 then 'IN_PROGRESS'
                else 'NOT_STARTED' end,
           coalesce(max(e.since), p_since),
           case when count(*) > 0 and count(*) filter (where e.status = 'DROPPED') = count(*) then max(e.reason) end
    from each e;
end
$$;

-- Moving what there is. A row the deciding office recorded stays a ruling on the whole decision
-- (what it meant, and still means). A row another office recorded was the shared status an
-- implementing office set for everyone: it becomes every member office's own history (same day,
-- reason, recorder, time), so every status as of every day reads as before and nothing is lost.
-- The copies take new ids: an implementer's row and a ruling on the same day now sort implementer last.
insert into decision_status (decision_id, status, reason, since, office_id, recorded_by, recorded_at, for_office_id)
select s.decision_id, s.status, s.reason, s.since, s.office_id, s.recorded_by, s.recorded_at, m.office_id
from decision_status s
join decision d on d.id = s.decision_id
cross join lateral decision_members(s.decision_id) m(office_id)
where s.for_office_id is null and s.office_id <> d.office_id
order by s.id, m.office_id;

delete from decision_status s using decision d
where d.id = s.decision_id and s.for_office_id is null and s.office_id <> d.office_id;
