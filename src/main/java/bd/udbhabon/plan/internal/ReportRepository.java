package bd.udbhabon.plan.internal;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.plan.PlanReport;
import bd.udbhabon.plan.ScoreRule;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The quarterly reports' SQL: {@code plan_report}, its steps and the subordinates' state attached to it. */
@Repository
class ReportRepository {

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String REPORT = """
            select r.id, r.plan_id, p.office_id, p.fiscal_year, r.quarter, r.status, r.superior_id, r.due_on, r.submitted_at,
                   r.late, r.score, r.score_rule
              from plan_report r join plan p on p.id = r.plan_id""";

    Optional<PlanReport> find(long planId, int quarter) {
        return jdbc.sql(REPORT + " where r.plan_id = ? and r.quarter = ?").param(planId).param(quarter)
                .query(this::head).optional().map(this::withHistory);
    }

    Optional<PlanReport> find(long reportId) {
        return jdbc.sql(REPORT + " where r.id = ?").param(reportId).query(this::head).optional().map(this::withHistory);
    }

    /** Locks the report's row for a review: two reviewers of one report take turns, the second sees the first's answer. */
    void lock(long reportId) {
        jdbc.sql("select id from plan_report where id = ? for update").param(reportId).query(Long.class).optional();
    }

    long insert(long planId, int quarter, PlanReport.Status status, Long superiorId, LocalDate dueOn, boolean late,
                BigDecimal score, ScoreRule rule) {
        return jdbc.sql("""
                        insert into plan_report (plan_id, quarter, status, superior_id, due_on, submitted_at, late, score, score_rule)
                        values (?, ?, ?, ?, ?, now(), ?, ?, ?) returning id""")
                .param(planId).param(quarter).param(status.name()).param(superiorId).param(dueOn).param(late).param(score)
                .param(rule.name()).query(Long.class).single();
    }

    /**
     * A submission of an existing row: where it goes now, the score now; {@code late} given for a first
     * submission (a draft row), null to keep the first submission's.
     */
    void sent(long reportId, PlanReport.Status status, Long superiorId, LocalDate dueOn, Boolean late, BigDecimal score,
              ScoreRule rule) {
        jdbc.sql("""
                        update plan_report set status = ?, superior_id = ?, submitted_at = now(), due_on = ?, late = coalesce(?::boolean, late),
                                               score = ?, score_rule = ?, updated_at = now()
                         where id = ?""")
                .param(status.name()).param(superiorId).param(dueOn).param(late).param(score).param(rule.name()).param(reportId).update();
    }

    void reviewed(long reportId, PlanReport.Status status) {
        jdbc.sql("update plan_report set status = ?, updated_at = now() where id = ?").param(status.name()).param(reportId).update();
    }

    void step(long reportId, PlanReport.Action action, PlanReport.Status status, String commentBn, long officeId,
              Long accountId, String accountNameBn, boolean late) {
        jdbc.sql("""
                        insert into plan_report_step (report_id, action, status, comment_bn, office_id, account_id, account_name_bn, late)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .param(reportId).param(action.name()).param(status.name()).param(commentBn).param(officeId).param(accountId)
                .param(accountNameBn).param(late).update();
    }

    /** Each office's state for the year's quarter now: no plan, no report, or its report's status (with late and score). */
    List<PlanReport.Subordinate> statesNow(List<Long> officeIds, FiscalYear year, int quarter) {
        if (officeIds.isEmpty()) {
            return List.of();
        }
        record Found(String status, boolean late, BigDecimal score) {
        }
        Map<Long, Found> found = new HashMap<>();
        jdbc.sql("""
                        select p.office_id, r.status, coalesce(r.late, false) as late, r.score
                          from plan p left join plan_report r on r.plan_id = p.id and r.quarter = :q
                         where p.fiscal_year = :y and p.office_id in (:ids)""")
                .param("q", quarter).param("y", year.startYear()).param("ids", officeIds)
                .query((rs, n) -> found.put(rs.getLong("office_id"),
                        new Found(rs.getString("status"), rs.getBoolean("late"), rs.getBigDecimal("score"))))
                .list();
        return officeIds.stream().map(id -> {
            Found f = found.get(id);
            if (f == null) {
                return new PlanReport.Subordinate(id, PlanReport.SubordinateState.NO_PLAN, false, null);
            }
            if (f.status() == null) {
                return new PlanReport.Subordinate(id, PlanReport.SubordinateState.MISSING, false, null);
            }
            return new PlanReport.Subordinate(id, PlanReport.SubordinateState.valueOf(f.status()), f.late(), f.score());
        }).toList();
    }

    /** The subordinates' state as it stands at this submission (a resubmission attaches the state then). */
    void attach(long reportId, List<PlanReport.Subordinate> states) {
        jdbc.sql("delete from plan_report_subordinate where report_id = ?").param(reportId).update();
        for (PlanReport.Subordinate s : states) {
            jdbc.sql("insert into plan_report_subordinate (report_id, office_id, state, late, score) values (?, ?, ?, ?, ?)")
                    .param(reportId).param(s.officeId()).param(s.state().name()).param(s.late()).param(s.score()).update();
        }
    }

    /** Reports sent to {@code superiorId} waiting for its review. */
    long waitingFor(long superiorId) {
        return jdbc.sql("select count(*) from plan_report where superior_id = ? and status = 'SUBMITTED'").param(superiorId)
                .query(Long.class).single();
    }

    /** The oldest report waiting for {@code superiorId}'s review, if any (the start page links it). */
    Optional<Long> firstWaitingFor(long superiorId) {
        return jdbc.sql("select id from plan_report where superior_id = ? and status = 'SUBMITTED' order by submitted_at, id limit 1")
                .param(superiorId).query(Long.class).optional();
    }

    private PlanReport head(ResultSet rs, int n) throws SQLException {
        String rule = rs.getString("score_rule");
        long superior = rs.getLong("superior_id");
        Long superiorId = rs.wasNull() ? null : superior;
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new PlanReport(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("office_id"), new FiscalYear(rs.getInt("fiscal_year")),
                rs.getInt("quarter"), PlanReport.Status.valueOf(rs.getString("status")), superiorId,
                rs.getDate("due_on").toLocalDate(), submitted == null ? null : submitted.toInstant(), rs.getBoolean("late"),
                rs.getBigDecimal("score"), rule == null ? null : ScoreRule.valueOf(rule), List.of(), List.of());
    }

    private PlanReport withHistory(PlanReport r) {
        List<PlanReport.Step> steps = jdbc.sql("""
                        select action, status, comment_bn, office_id, account_id, account_name_bn, at, late
                          from plan_report_step where report_id = ? order by at, id""")
                .param(r.id()).query((rs, n) -> {
                    long account = rs.getLong("account_id");
                    Long accountId = rs.wasNull() ? null : account;
                    return new PlanReport.Step(PlanReport.Action.valueOf(rs.getString("action")),
                            PlanReport.Status.valueOf(rs.getString("status")), rs.getString("comment_bn"), rs.getLong("office_id"),
                            accountId, rs.getString("account_name_bn"), rs.getTimestamp("at").toInstant(), rs.getBoolean("late"));
                }).list();
        List<PlanReport.Subordinate> subordinates = jdbc.sql("""
                        select office_id, state, late, score from plan_report_subordinate where report_id = ? order by office_id""")
                .param(r.id()).query((rs, n) -> new PlanReport.Subordinate(rs.getLong("office_id"),
                        PlanReport.SubordinateState.valueOf(rs.getString("state")), rs.getBoolean("late"), rs.getBigDecimal("score")))
                .list();
        return new PlanReport(r.id(), r.planId(), r.officeId(), r.fiscalYear(), r.quarter(), r.status(), r.superiorId(), r.dueOn(),
                r.submittedAt(), r.late(), r.score(), r.scoreRule(), steps, subordinates);
    }

}
