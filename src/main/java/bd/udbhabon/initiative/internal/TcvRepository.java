package bd.udbhabon.initiative.internal;

import bd.udbhabon.initiative.ProcessStep;
import bd.udbhabon.initiative.Tcv;
import bd.udbhabon.initiative.TcvTotals;
import bd.udbhabon.office.OfficeLevel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The process steps' and the TCV's own SQL, and the savings added up over {@code office_scope}. The totals read
 * each office's tally ({@code initiative_tcv_office}, V41, kept by triggers): a scope's offices are one range of
 * {@code office_scope}, each joined to one row, so the country's total adds up 24,000 rows, not 240,000 TCVs.
 */
@Repository
class TcvRepository {

    /** The sums of the offices' tallies {@code t} (V41: each office's measured, not stopped initiatives). */
    private static final String SUMS = """
            coalesce(sum(t.measured), 0) as measured,
            coalesce(sum(t.time_case), 0) as time_case, coalesce(sum(t.cost_case), 0) as cost_case,
            coalesce(sum(t.visits_case), 0) as visits_case, coalesce(sum(t.time_year), 0) as time_year,
            coalesce(sum(t.cost_year), 0) as cost_year, coalesce(sum(t.visits_year), 0) as visits_year""";

    static final String TOTALS = "select " + SUMS + """

             from office_scope s join initiative_tcv_office t on t.office_id = s.office_id
            where s.ancestor_id = :office""";

    static final String BY_LEVEL = "select s.level, " + SUMS + """

             from office_scope s join initiative_tcv_office t on t.office_id = s.office_id
            where s.ancestor_id = :office
            group by s.level""";

    /** Each office directly below, over its own scope: an array, so that each is one range of the relation's key. */
    static final String BELOW = "select s.ancestor_id, " + SUMS + """

             from office_scope s join initiative_tcv_office t on t.office_id = s.office_id
            where s.ancestor_id = any(array(select office_id from office_scope where ancestor_id = :office and depth = 1))
            group by s.ancestor_id""";

    static final String COUNTRY = "select " + SUMS + " from initiative_tcv_office t";

    /** Every office's tally recomputed from the TCVs (the triggers keep it; this is the check and the repair). */
    static final String REBUILD = "select count(*) filter (where initiative_tcv_tally(office_id)) from office_scope where depth = 0"; // every office once

    /** The queries the benchmark explains. */
    static List<String> explained() {
        return List.of(TOTALS, BY_LEVEL, BELOW, COUNTRY);
    }

    private final JdbcClient jdbc;

    TcvRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Tcv> tcv(long initiativeId) {
        return jdbc.sql("""
                        select time_before, time_after, cost_before, cost_after, visits_before, visits_after, cases_per_year, measured_on
                          from initiative_tcv where initiative_id = ?""")
                .param(initiativeId)
                .query((rs, n) -> new Tcv(rs.getBigDecimal(1).stripTrailingZeros(), rs.getBigDecimal(2).stripTrailingZeros(),
                        rs.getBigDecimal(3).stripTrailingZeros(), rs.getBigDecimal(4).stripTrailingZeros(), rs.getInt(5), rs.getInt(6),
                        rs.getLong(7), rs.getObject(8, LocalDate.class)))
                .optional().map(TcvRepository::plain);
    }

    List<ProcessStep> process(long initiativeId) {
        return jdbc.sql("""
                        select phase, step_no, text_bn, actor_bn from initiative_process_step
                         where initiative_id = ? order by phase desc, step_no""") // BEFORE sorts after AFTER: desc puts it first
                .param(initiativeId)
                .query((rs, n) -> new ProcessStep(ProcessStep.Phase.valueOf(rs.getString(1)), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Replaces the initiative's process by {@code steps}. */
    void replaceProcess(long initiativeId, List<ProcessStep> steps) {
        jdbc.sql("delete from initiative_process_step where initiative_id = ?").param(initiativeId).update();
        for (ProcessStep step : steps) {
            jdbc.sql("insert into initiative_process_step (initiative_id, phase, step_no, text_bn, actor_bn) values (?, ?, ?, ?, ?)")
                    .param(initiativeId).param(step.phase().name()).param(step.stepNo()).param(step.textBn()).param(step.actorBn())
                    .update();
        }
    }

    /** Records the initiative's TCV (replacing the last), or removes it when {@code tcv} is null. */
    void replaceTcv(long initiativeId, Tcv tcv, Long accountId) {
        if (tcv == null) {
            jdbc.sql("delete from initiative_tcv where initiative_id = ?").param(initiativeId).update();
            return;
        }
        jdbc.sql("""
                        insert into initiative_tcv (time_before, time_after, cost_before, cost_after, visits_before, visits_after,
                                                    cases_per_year, measured_on, updated_by, initiative_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (initiative_id) do update set
                            time_before = excluded.time_before, time_after = excluded.time_after, cost_before = excluded.cost_before,
                            cost_after = excluded.cost_after, visits_before = excluded.visits_before, visits_after = excluded.visits_after,
                            cases_per_year = excluded.cases_per_year, measured_on = excluded.measured_on, updated_by = excluded.updated_by,
                            updated_at = now()""")
                .param(tcv.timeBefore()).param(tcv.timeAfter()).param(tcv.costBefore()).param(tcv.costAfter())
                .param(tcv.visitsBefore()).param(tcv.visitsAfter()).param(tcv.casesPerYear()).param(tcv.measuredOn())
                .param(accountId).param(initiativeId).update();
    }

    TcvTotals totals(long officeId) {
        return jdbc.sql(TOTALS).param("office", officeId).query(TcvRepository::totals).single();
    }

    Map<OfficeLevel, TcvTotals> totalsByLevel(long officeId) {
        Map<OfficeLevel, TcvTotals> byLevel = new EnumMap<>(OfficeLevel.class);
        jdbc.sql(BY_LEVEL).param("office", officeId)
                .query(rs -> {
                    byLevel.put(OfficeLevel.valueOf(rs.getString("level")), totals(rs, 0));
                });
        return byLevel;
    }

    Map<Long, TcvTotals> totalsBelow(long officeId) {
        Map<Long, TcvTotals> below = new LinkedHashMap<>();
        jdbc.sql(BELOW).param("office", officeId).query(rs -> {
            below.put(rs.getLong("ancestor_id"), totals(rs, 0));
        });
        return below;
    }

    /** Recomputes every office's tally; returns how many offices have measured initiatives. */
    long rebuildTallies() {
        return jdbc.sql(REBUILD).query(Long.class).single();
    }

    TcvTotals country() {
        return jdbc.sql(COUNTRY).query(TcvRepository::totals).single();
    }

    private static TcvTotals totals(ResultSet rs, int n) throws SQLException {
        return new TcvTotals(rs.getLong("measured"), rs.getBigDecimal("time_case").stripTrailingZeros(),
                rs.getBigDecimal("cost_case").stripTrailingZeros(), rs.getLong("visits_case"),
                rs.getBigDecimal("time_year").stripTrailingZeros(), rs.getBigDecimal("cost_year").stripTrailingZeros(),
                rs.getLong("visits_year"));
    }

    /** 3E+1 read back as 30: figures compare and print as typed. */
    private static Tcv plain(Tcv t) {
        return new Tcv(plain(t.timeBefore()), plain(t.timeAfter()), plain(t.costBefore()), plain(t.costAfter()), t.visitsBefore(),
                t.visitsAfter(), t.casesPerYear(), t.measuredOn());
    }

    static java.math.BigDecimal plain(java.math.BigDecimal v) {
        java.math.BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
