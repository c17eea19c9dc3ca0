package bd.udbhabon.plan.internal;

import bd.udbhabon.plan.IndicatorCode;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A plan's quarter as recorded, read for the JSON API: each indicator's figure with its proposal,
 * override and evidence names ({@code plan_progress}, {@code plan_evidence}); the quarter's report, its
 * steps and the subordinates it carried ({@code plan_report}, {@code plan_report_step},
 * {@code plan_report_subordinate}). Reads only: the progress and report parts write these tables.
 */
@Component
public class QuarterRecords {

    public record Evidence(long id, String fileName, String contentType, int size, Instant uploadedAt) {
    }

    /** One indicator's quarter: a number ({@code achieved}) or a day ({@code achievedOn}). */
    public record Progress(IndicatorCode code, BigDecimal achieved, LocalDate achievedOn, String noteBn, BigDecimal proposed,
                           String proposedSourceBn, String overrideReasonBn, Instant updatedAt, List<Evidence> evidence) {
    }

    public record Report(long id, String status, Long superiorId, LocalDate dueOn, Instant submittedAt, boolean late,
                         BigDecimal score, String scoreRule, Instant updatedAt) {
    }

    public record Step(String action, String status, String commentBn, long officeId, Long accountId, Instant at, boolean late) {
    }

    public record Subordinate(long officeId, String state, boolean late, BigDecimal score) {
    }

    private final JdbcClient jdbc;

    QuarterRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Progress> progress(long planId, int quarter) {
        Map<Long, List<Evidence>> evidence = new HashMap<>();
        jdbc.sql("""
                        select e.progress_id, e.id, e.file_name, e.content_type, e.size, e.uploaded_at
                          from plan_evidence e join plan_progress g on g.id = e.progress_id
                         where g.plan_id = ? and g.quarter = ? order by e.id""")
                .param(planId).param(quarter).query(rs -> {
                    evidence.computeIfAbsent(rs.getLong("progress_id"), k -> new java.util.ArrayList<>()).add(new Evidence(
                            rs.getLong("id"), rs.getString("file_name"), rs.getString("content_type"), rs.getInt("size"),
                            instant(rs, "uploaded_at")));
                });
        return jdbc.sql("""
                        select id, section_no, activity_no, indicator_no, achieved, achieved_on, note_bn, proposed,
                               proposed_source_bn, override_reason_bn, updated_at
                          from plan_progress where plan_id = ? and quarter = ? order by section_no, activity_no, indicator_no""")
                .param(planId).param(quarter).query((rs, n) -> new Progress(
                        new IndicatorCode(rs.getInt("section_no"), rs.getInt("activity_no"), rs.getInt("indicator_no")),
                        rs.getBigDecimal("achieved"), rs.getObject("achieved_on", LocalDate.class), rs.getString("note_bn"),
                        rs.getBigDecimal("proposed"), rs.getString("proposed_source_bn"), rs.getString("override_reason_bn"),
                        instant(rs, "updated_at"), List.copyOf(evidence.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
    }

    public Optional<Report> report(long planId, int quarter) {
        return jdbc.sql("""
                        select id, status, superior_id, due_on, submitted_at, late, score, score_rule, updated_at
                          from plan_report where plan_id = ? and quarter = ?""")
                .param(planId).param(quarter).query((rs, n) -> new Report(rs.getLong("id"), rs.getString("status"),
                        (Long) rs.getObject("superior_id"), rs.getObject("due_on", LocalDate.class), instant(rs, "submitted_at"),
                        rs.getBoolean("late"), rs.getBigDecimal("score"), rs.getString("score_rule"), instant(rs, "updated_at")))
                .optional();
    }

    public List<Step> steps(long reportId) {
        return jdbc.sql("""
                        select action, status, comment_bn, office_id, account_id, at, late
                          from plan_report_step where report_id = ? order by at, id""")
                .param(reportId).query((rs, n) -> new Step(rs.getString("action"), rs.getString("status"), rs.getString("comment_bn"),
                        rs.getLong("office_id"), (Long) rs.getObject("account_id"), instant(rs, "at"), rs.getBoolean("late")))
                .list();
    }

    public List<Subordinate> subordinates(long reportId) {
        return jdbc.sql("select office_id, state, late, score from plan_report_subordinate where report_id = ? order by office_id")
                .param(reportId).query((rs, n) -> new Subordinate(rs.getLong("office_id"), rs.getString("state"),
                        rs.getBoolean("late"), rs.getBigDecimal("score")))
                .list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
