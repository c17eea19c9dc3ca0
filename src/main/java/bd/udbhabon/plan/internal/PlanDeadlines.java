package bd.udbhabon.plan.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.OfficeSearch;
import bd.udbhabon.plan.ReportDeadline;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The APA calendar as policy data ({@code plan_deadline}): the default line per quarter, and a fiscal
 * year's own lines overriding it for that year. Edited by the Cabinet Division's administrators; each
 * save audited with what it replaced.
 */
@Component
public class PlanDeadlines {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final OfficeDirectory offices;

    PlanDeadlines(JdbcClient jdbc, AuditLog audit, AccessPolicy access, OfficeDirectory offices) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.offices = offices;
    }

    private record Line(Integer fiscalYear, ReportDeadline deadline) {
    }

    private List<Line> lines(Integer year) {
        return jdbc.sql("""
                        select fiscal_year, quarter, submit_month, submit_day, review_month, review_day from plan_deadline
                         where fiscal_year is null or fiscal_year = coalesce(?::int, fiscal_year) order by fiscal_year nulls first, quarter""")
                .param(year).query((rs, n) -> {
                    int reviewMonth = rs.getInt("review_month");
                    MonthDay review = rs.wasNull() ? null : MonthDay.of(reviewMonth, rs.getInt("review_day"));
                    Integer fy = rs.getObject("fiscal_year", Integer.class);
                    return new Line(fy, new ReportDeadline(rs.getInt("quarter"),
                            MonthDay.of(rs.getInt("submit_month"), rs.getInt("submit_day")), review));
                }).list();
    }

    /** The four quarters' lines in force for {@code year}: its own where it has them, else the default's. */
    @Transactional(readOnly = true)
    public List<ReportDeadline> calendar(FiscalYear year) {
        Map<Integer, ReportDeadline> byQuarter = new TreeMap<>();
        for (Line line : lines(year.startYear())) { // the default first, the year's own after it
            byQuarter.put(line.deadline().quarter(), line.deadline());
        }
        return List.copyOf(byQuarter.values());
    }

    public ReportDeadline quarter(FiscalYear year, int quarter) {
        return calendar(year).get(quarter - 1);
    }

    /** The default calendar (key null) and every year that has lines of its own, by year. */
    @Transactional(readOnly = true)
    public Map<FiscalYear, List<ReportDeadline>> all() {
        Map<FiscalYear, List<ReportDeadline>> all = new LinkedHashMap<>();
        for (Line line : lines(null)) {
            all.computeIfAbsent(line.fiscalYear() == null ? null : new FiscalYear(line.fiscalYear()), y -> new ArrayList<>())
                    .add(line.deadline());
        }
        return all;
    }

    /** Whether {@code year} has lines of its own. */
    public boolean hasOwn(FiscalYear year) {
        return jdbc.sql("select exists (select 1 from plan_deadline where fiscal_year = ?)").param(year.startYear())
                .query(Boolean.class).single();
    }

    /** Replaces the default's lines ({@code year} null) or the year's own with the four given (checked by the caller). */
    @Transactional
    public void save(FiscalYear year, List<ReportDeadline> quarters) {
        if (quarters.size() != 4) {
            throw new IllegalArgumentException("four quarters");
        }
        Integer fy = year == null ? null : year.startYear();
        List<ReportDeadline> before = year == null ? all().get(null) : hasOwn(year) ? calendar(year) : null;
        jdbc.sql("delete from plan_deadline where fiscal_year is not distinct from ?::int").param(fy).update();
        for (ReportDeadline d : quarters) {
            jdbc.sql("""
                            insert into plan_deadline (fiscal_year, quarter, submit_month, submit_day, review_month, review_day)
                            values (?, ?, ?, ?, ?, ?)""")
                    .param(fy).param(d.quarter()).param(d.submit().getMonthValue()).param(d.submit().getDayOfMonth())
                    .param(d.review() == null ? null : d.review().getMonthValue())
                    .param(d.review() == null ? null : d.review().getDayOfMonth()).update();
        }
        audit.record(new AuditEvent(access.actor(), "plan-deadlines.saved", "plan_deadline",
                year == null ? "default" : year.shortLabelLatin(), cabinetDivision(), before == null ? null : text(before), text(quarters)));
    }

    private static List<String> text(List<ReportDeadline> quarters) {
        return quarters.stream().map(d -> "Q" + d.quarter() + " " + d.submit() + (d.review() == null ? "" : " / " + d.review())).toList();
    }

    private Long cabinetDivision() {
        return offices.search(new OfficeSearch(OfficeLevel.CABINET_DIVISION, null, null, 0, 1)).items().stream()
                .findFirst().map(Office::id).orElse(null);
    }
}
