package bd.udbhabon.plan.internal;

import bd.udbhabon.bangla.FiscalYear;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of a plan version's approval and issue (issue 14, point 2): its meeting, decision and paper. */
@Repository
class PlanPaperStore {

    private final JdbcClient jdbc;

    PlanPaperStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void approve(long versionId, String meetingBn, LocalDate meetingOn, LocalDate approvedOn, long decisionId) {
        jdbc.sql("""
                        update plan_version set status = 'APPROVED', approval_meeting_bn = ?, approval_meeting_on = ?, approved_on = ?,
                                                decision_id = ?
                         where id = ? and status in ('DRAFT', 'APPROVED')""")
                .params(meetingBn, meetingOn, approvedOn, decisionId, versionId).update();
    }

    void issued(long versionId, long paperId) {
        int updated = jdbc.sql("update plan_version set status = 'ISSUED', paper_id = ? where id = ? and status = 'APPROVED'")
                .params(paperId, versionId).update();
        if (updated != 1) {
            throw new IllegalStateException("plan version " + versionId + " was not approved when issued");
        }
    }

    /** A version's paper, when that version of the office's plan for the year is issued. */
    Optional<Long> paper(long officeId, FiscalYear year, int version) {
        return jdbc.sql("""
                        select v.paper_id from plan_version v join plan p on p.id = v.plan_id
                         where p.office_id = ? and p.fiscal_year = ? and v.version = ? and v.status = 'ISSUED'""")
                .params(officeId, year.startYear(), version).query(Long.class).optional();
    }

    record Issued(int fiscalYear, int version, long paperId) {
    }

    /** The office's issued plans: per fiscal year, the latest version issued (the one in force), latest year first. */
    List<Issued> current(long officeId) {
        return jdbc.sql("""
                        select distinct on (p.fiscal_year) p.fiscal_year, v.version, v.paper_id
                          from plan p join plan_version v on v.plan_id = p.id
                         where p.office_id = ? and v.status = 'ISSUED'
                         order by p.fiscal_year desc, v.version desc""")
                .param(officeId).query((rs, n) -> new Issued(rs.getInt("fiscal_year"), rs.getInt("version"), rs.getLong("paper_id")))
                .list();
    }
}
