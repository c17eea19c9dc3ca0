package bd.udbhabon.decision.internal;

import static bd.udbhabon.decision.internal.DecisionQueries.GROUP_JOIN;
import static bd.udbhabon.decision.internal.DecisionQueries.WHOLE_JOIN;

import bd.udbhabon.decision.Rate;
import bd.udbhabon.decision.ScopeRates;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rates over an office's scope and over each office directly below it, in one query.
 * {@code roots} pairs every office of the scope with the office itself and with the office directly
 * below it that it falls under (an office under both a directorate and a district counts in both
 * rows), read from {@code office_scope}, the scope relation {@code office} publishes (V23): the
 * office and the offices one step below it (depth 0 and 1) are the roots, each with its whole
 * scope. The scope's decisions are then read through {@code decision_office_idx}, counted once per
 * office, and the counts added up per row.
 */
@Repository
class ScopeRollUp {

    static final String ROOTS = """
            with roots(root, office_id) as materialized (
                select s.ancestor_id, s.office_id from office_scope s
                where s.ancestor_id in (select office_id from office_scope where ancestor_id = :office and depth <= 1)
            ),
            """;

    /**
     * For the Cabinet Division, whose scope is the whole country: the pairs are read from the few
     * thousand offices that took decisions (found by stepping through {@code decision_office_idx}),
     * each with its superiors among the roots, not from the roots' 72,000 pairs.
     */
    static final String ROOTS_THAT_DECIDED = """
            with recursive deciding(id) as (
                select min(office_id) from decision
                union all
                select (select min(office_id) from decision where office_id > deciding.id) from deciding where deciding.id is not null
            ),
            roots(root, office_id) as materialized (
                select s.ancestor_id, s.office_id from deciding d join office_scope s on s.office_id = d.id
                where s.ancestor_id = any(array(select office_id from office_scope where ancestor_id = :office and depth <= 1))
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

    private final JdbcClient jdbc;
    private final OfficeDirectory offices;

    ScopeRollUp(JdbcClient jdbc, OfficeDirectory offices) {
        this.jdbc = jdbc;
        this.offices = offices;
    }

    ScopeRates scope(long officeId, LocalDate asOf) {
        boolean wholeCountry = offices.find(officeId).map(o -> o.level() == OfficeLevel.CABINET_DIVISION).orElse(false);
        String sql = (wholeCountry ? ROOTS_THAT_DECIDED : ROOTS) + SCOPE_COUNTS;
        List<ScopeRates.OfficeRate> rows = jdbc.sql(sql).param("office", officeId).param("asOf", asOf)
                .query((rs, i) -> new ScopeRates.OfficeRate(rs.getLong(1), rs.getString(2), rs.getString(3),
                        new Rate(rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(10)), rs.getInt(9)))
                .list();
        ScopeRates.OfficeRate own = rows.stream().filter(r -> r.officeId() == officeId).findFirst().orElse(null);
        return new ScopeRates(own == null ? new Rate(0, 0, 0, 0, 0, 0) : own.rate(), own == null ? 0 : own.overdue(),
                rows.stream().filter(r -> r.officeId() != officeId).toList());
    }
}
