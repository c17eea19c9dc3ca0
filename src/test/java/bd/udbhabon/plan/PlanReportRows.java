package bd.udbhabon.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issued plan versions and quarterly reports for the roll-up's tests, in plain SQL. Issuing (plan-paper)
 * and the reports' workflow (plan-submit) are other parts of issue 14, built on their own branches: until
 * they are merged, the roll-up is tested on rows shaped as V31 defines them, which is all it reads. Replace
 * with those services' own fixtures once merged.
 */
@Component
public class PlanReportRows {

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000);

    private final JdbcClient jdbc;

    PlanReportRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The plan's current version marked approved and issued, on a stand-in paper of the office's. */
    public void issue(ActionPlan plan) {
        long serial = SERIAL.incrementAndGet();
        long file = jdbc.sql("insert into memo_file (office_id, file_number, subject_bn) values (?, ?, 'কর্মপরিকল্পনা') returning id")
                .param(plan.officeId()).param("99.14." + serial).query(Long.class).single();
        String memo = "99.14." + serial + ".1";
        jdbc.sql("insert into issued_memo (memo_number, file_id, paper) values (?, ?, ?)")
                .param(memo).param(file).param("plan:" + plan.id()).update();
        long paper = jdbc.sql("""
                        insert into issued_paper (office_id, memo_file_id, memo_number, issued_on, subject, pdf, docx)
                        values (?, ?, ?, ?, ?, '\\x25'::bytea, '\\x50'::bytea) returning id""")
                .param(plan.officeId()).param(file).param(memo).param(plan.fiscalYear().start())
                .param("plan:" + plan.id()).query(Long.class).single();
        jdbc.sql("update plan_version set status = 'ISSUED', approved_on = ?, paper_id = ? where id = ?")
                .param(plan.fiscalYear().start()).param(paper).param(plan.current().id()).update();
    }

    /**
     * A quarter's report in {@code status} (DRAFT, SUBMITTED, RETURNED, ACCEPTED), sent to {@code superiorId}
     * on {@code submittedAt} (null for a draft), with its score by STEP and one step per state it went through.
     */
    public long report(ActionPlan plan, int quarter, String status, boolean late, BigDecimal score, Long superiorId,
                       Instant submittedAt) {
        long id = jdbc.sql("""
                        insert into plan_report (plan_id, quarter, status, superior_id, due_on, submitted_at, late, score, score_rule)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .param(plan.id()).param(quarter).param(status).param(superiorId)
                .param(plan.fiscalYear().quarterEnd(quarter).plusDays(15))
                .param(submittedAt == null ? null : java.sql.Timestamp.from(submittedAt)).param(late).param(score)
                .param(score == null ? null : "STEP").query(Long.class).single();
        if (!status.equals("DRAFT")) {
            step(id, "SUBMIT", "SUBMITTED", null, plan.officeId(), submittedAt, late);
            if (!status.equals("SUBMITTED")) {
                step(id, status.equals("RETURNED") ? "RETURN" : "ACCEPT", status,
                        status.equals("RETURNED") ? "প্রমাণক সংযুক্ত করুন" : null, superiorId, submittedAt.plusSeconds(3600), false);
            }
        }
        return id;
    }

    /** An office directly below as the report carried it when sent. */
    public void subordinate(long reportId, long officeId, String state, boolean late, BigDecimal score) {
        jdbc.sql("insert into plan_report_subordinate (report_id, office_id, state, late, score) values (?, ?, ?, ?, ?)")
                .param(reportId).param(officeId).param(state).param(late).param(score).update();
    }

    /** A quarter's figure for one indicator, proposed by the system and overridden with a reason, with one evidence file. */
    public void progress(ActionPlan plan, int quarter, IndicatorCode code, BigDecimal achieved, BigDecimal proposed,
                         String overrideReason, String evidenceName) {
        long id = jdbc.sql("""
                        insert into plan_progress (plan_id, quarter, section_no, activity_no, indicator_no, achieved, note_bn,
                                                   proposed, proposed_source_bn, override_reason_bn)
                        values (?, ?, ?, ?, ?, ?, 'ই-নথি থেকে', ?, 'ই-নথি সিস্টেমের প্রতিবেদন', ?) returning id""")
                .param(plan.id()).param(quarter).param(code.section()).param(code.activity()).param(code.indicator())
                .param(achieved).param(proposed).param(overrideReason).query(Long.class).single();
        if (evidenceName != null) {
            jdbc.sql("insert into plan_evidence (progress_id, file_name, content_type, size, bytes) values (?, ?, 'application/pdf', 4, '\\x25504446'::bytea)")
                    .param(id).param(evidenceName).update();
        }
    }

    static LocalDate day(Instant at) {
        return at.atZone(bd.udbhabon.bangla.Dhaka.ZONE).toLocalDate();
    }

    private void step(long reportId, String action, String status, String comment, Long officeId, Instant at, boolean late) {
        jdbc.sql("insert into plan_report_step (report_id, action, status, comment_bn, office_id, at, late) values (?, ?, ?, ?, ?, ?, ?)")
                .param(reportId).param(action).param(status).param(comment).param(officeId)
                .param(java.sql.Timestamp.from(at)).param(late).update();
    }
}
