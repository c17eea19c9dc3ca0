package bd.udbhabon.decision.internal;

/**
 * The scope roll-up's SQL as it was before V23 (recursive walks over {@code office}), for
 * {@link DecisionBenchmark}'s before/after in one run. Counting is the same as {@link ScopeRollUp}'s.
 */
final class ScopeBeforeV23 {

    private ScopeBeforeV23() {
    }

    static final String WHOLE_JOIN = DecisionQueries.WHOLE_JOIN;
    static final String GROUP_JOIN = DecisionQueries.GROUP_JOIN;

    static final String SCOPE_WALKING_DOWN = """
            with recursive roots(root, office_id) as (
                select o.id, o.id from office o where o.id = :office
                union
                select c.id, c.id from office c where (c.admin_parent_id = :office or c.line_parent_id = :office) and c.id <> :office
                union
                select r.root, c.id from roots r
                join lateral (select id from office where admin_parent_id = r.office_id
                              union all
                              select id from office where line_parent_id = r.office_id) c on true
            ),
            """;

    /**
     * For the Cabinet Division, whose scope is the whole country: up both hierarchies from the few
     * thousand offices that took decisions (found by stepping through {@code decision_office_idx}),
     * not down through all 24,000. Any other office's subtree is smaller than that, so it walks down.
     */
    static final String SCOPE_WALKING_UP = """
            with recursive deciding(id) as (
                select min(office_id) from decision
                union all
                select (select min(office_id) from decision where office_id > deciding.id) from deciding where deciding.id is not null
            ),
            up(office_id, id, admin_parent, line_parent) as (
                select o.id, o.id, o.admin_parent_id, o.line_parent_id from office o
                where o.id in (select id from deciding)
                union
                select u.office_id, p.id, p.admin_parent_id, p.line_parent_id
                from up u join office p on p.id = u.admin_parent or p.id = u.line_parent
            ),
            roots as (
                select id as root, office_id from up
                where id = :office or ((admin_parent = :office or line_parent = :office) and id <> :office)
            ),
            """;

    /**
     * Open decisions count as due (in progress, not started) from their due day on, before it as not
     * yet due. The offices' combined status is found first for the few decisions that have offices'
     * entries ({@code grouped}, driven from {@code decision_status_office_idx}), then joined by hash:
     * probing each of the country's decisions for entries doubled the Cabinet Division's scope.
     */
    static final String SCOPE_COUNTS = """
            grouped as materialized (
                select d.id, g.status
                from decision d
            """ + WHOLE_JOIN + GROUP_JOIN + """
                where d.id in (select decision_id from decision_status where for_office_id is not null and since <= :asOf)
                  and d.office_id = any(array(select distinct office_id from roots)) and d.taken_on <= :asOf
                  and g.status is not null
            ),
            counts as (
                select st.office_id, count(*) as taken,
                       count(*) filter (where st.status = 'IMPLEMENTED') as implemented,
                       count(*) filter (where st.status = 'IN_PROGRESS' and not st.not_yet_due) as in_progress,
                       count(*) filter (where st.status = 'NOT_STARTED' and not st.not_yet_due) as not_started,
                       count(*) filter (where st.status = 'DROPPED') as dropped,
                       count(*) filter (where st.status in ('IN_PROGRESS', 'NOT_STARTED') and st.due_on < :asOf) as overdue,
                       count(*) filter (where st.status in ('IN_PROGRESS', 'NOT_STARTED') and st.not_yet_due) as not_yet_due
                from (select d.office_id, d.due_on, coalesce(d.due_on > :asOf, false) as not_yet_due,
                             coalesce(g.status, s.status, 'NOT_STARTED') as status
                      from decision d
            """ + WHOLE_JOIN + """
                      left join grouped g on g.id = d.id
                      where d.office_id = any(array(select distinct office_id from roots)) and d.taken_on <= :asOf) st
                group by st.office_id
            )
            select r.root, o.name_bn, o.name_en, sum(c.taken)::int, sum(c.implemented)::int, sum(c.in_progress)::int,
                   sum(c.not_started)::int, sum(c.dropped)::int, sum(c.overdue)::int, sum(c.not_yet_due)::int
            from roots r join counts c on c.office_id = r.office_id join office o on o.id = r.root
            group by r.root, o.name_bn, o.name_en
            order by o.name_bn collate "bn-x-icu", r.root
            """;

}
