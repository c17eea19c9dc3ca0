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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A plan's quarter as recorded, read for the JSON API: each indicator's figure with its proposal,
 * override and evidence names ({@code plan_progress}, {@code plan_evidence}). Reads only. (The report
 * comes from {@code ReportService}; this reading could come from {@code ProgressRepository} too, once
 * its evidence carries what the API gives.)
 */
@Component
public class QuarterRecords {

    public record Evidence(long id, String fileName, String contentType, int size, Instant uploadedAt) {
    }

    /** One indicator's quarter: a number ({@code achieved}) or a day ({@code achievedOn}). */
    public record Progress(IndicatorCode code, BigDecimal achieved, LocalDate achievedOn, String noteBn, BigDecimal proposed,
                           String proposedSourceBn, String overrideReasonBn, Instant updatedAt, List<Evidence> evidence) {
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

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
