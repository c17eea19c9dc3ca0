package bd.udbhabon.plan.internal;

import bd.udbhabon.plan.IndicatorCode;
import bd.udbhabon.plan.Quantity;
import bd.udbhabon.shell.Uploads;
import bd.udbhabon.storage.FileStore;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The quarters' progress SQL: {@code plan_progress} and its evidence, and the quarter's report state (read only). The
 * evidence's bytes are in storage's {@link FileStore} (issue 17), or in the row for files uploaded before it.
 */
@Repository
class ProgressRepository {

    private final JdbcClient jdbc;
    private final FileStore files;

    ProgressRepository(JdbcClient jdbc, FileStore files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    /** One indicator's row of a quarter as stored: its figure (a day as its epoch day), note, proposal and override reason. */
    record Stored(long id, BigDecimal figure, String noteBn, BigDecimal proposed, String proposedSourceBn,
                  String proposedSourceEn, String overrideReasonBn) {
    }

    record EvidenceFile(long id, long progressId, String fileName, String contentType, int size, byte[] bytes) {
    }

    /** What is to be written for one indicator's quarter. */
    record Write(IndicatorCode code, BigDecimal achieved, LocalDate achievedOn, String noteBn, BigDecimal proposed,
                 String proposedSourceBn, String proposedSourceEn, String overrideReasonBn) {

        boolean blank() {
            return achieved == null && achievedOn == null && noteBn == null && overrideReasonBn == null;
        }
    }

    Map<IndicatorCode, Stored> quarter(long planId, int quarter) {
        Map<IndicatorCode, Stored> rows = new HashMap<>();
        jdbc.sql("""
                        select id, section_no, activity_no, indicator_no, achieved, achieved_on, note_bn, proposed,
                               proposed_source_bn, proposed_source_en, override_reason_bn
                          from plan_progress where plan_id = ? and quarter = ?""")
                .param(planId).param(quarter).query((rs, n) -> {
                    Date day = rs.getDate("achieved_on");
                    BigDecimal figure = day != null ? Quantity.ofDate(day.toLocalDate()) : Quantity.canonical(rs.getBigDecimal("achieved"));
                    rows.put(code(rs), new Stored(rs.getLong("id"), figure, rs.getString("note_bn"),
                            Quantity.canonical(rs.getBigDecimal("proposed")), rs.getString("proposed_source_bn"),
                            rs.getString("proposed_source_en"), rs.getString("override_reason_bn")));
                    return null;
                }).list();
        return rows;
    }

    /** The quarter's evidence per indicator, without the bytes, oldest first. */
    Map<IndicatorCode, List<EvidenceFile>> evidence(long planId, int quarter) {
        Map<IndicatorCode, List<EvidenceFile>> files = new HashMap<>();
        jdbc.sql("""
                        select e.id, e.progress_id, e.file_name, e.content_type, e.size, p.section_no, p.activity_no, p.indicator_no
                          from plan_evidence e join plan_progress p on p.id = e.progress_id
                         where p.plan_id = ? and p.quarter = ? order by e.id""")
                .param(planId).param(quarter).query((rs, n) -> {
                    files.computeIfAbsent(code(rs), c -> new ArrayList<>()).add(new EvidenceFile(rs.getLong("id"),
                            rs.getLong("progress_id"), rs.getString("file_name"), rs.getString("content_type"), rs.getInt("size"), null));
                    return null;
                }).list();
        return files;
    }

    /** One evidence file of the plan's quarter, with its bytes: from the store, or from the row while it has not been moved. */
    Optional<EvidenceFile> evidenceFile(long planId, int quarter, long evidenceId) {
        record Kept(EvidenceFile file, Long fileId) {
        }
        return jdbc.sql("""
                        select e.id, e.progress_id, e.file_name, e.content_type, e.size, e.file_id, e.bytes
                          from plan_evidence e join plan_progress p on p.id = e.progress_id
                         where e.id = ? and p.plan_id = ? and p.quarter = ?""")
                .param(evidenceId).param(planId).param(quarter)
                .query((rs, n) -> new Kept(new EvidenceFile(rs.getLong("id"), rs.getLong("progress_id"), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getInt("size"), rs.getBytes("bytes")), rs.getObject("file_id", Long.class)))
                .optional()
                .map(k -> k.fileId() == null ? k.file() : new EvidenceFile(k.file().id(), k.file().progressId(), k.file().fileName(),
                        k.file().contentType(), k.file().size(), files.read(k.fileId())));
    }

    /**
     * Writes the quarter's filled rows (insert or update) in one statement and answers each row's id by its code:
     * a progress sheet sends ~20 rows, one round trip each would be most of the save's database time.
     */
    Map<IndicatorCode, Long> saveAll(long planId, int quarter, List<Write> writes, Long accountId) {
        if (writes.isEmpty()) {
            return Map.of();
        }
        int n = writes.size();
        Integer[] s = new Integer[n];
        Integer[] a = new Integer[n];
        Integer[] i = new Integer[n];
        String[] achieved = new String[n];
        String[] on = new String[n];
        String[] note = new String[n];
        String[] proposed = new String[n];
        String[] sourceBn = new String[n];
        String[] sourceEn = new String[n];
        String[] reason = new String[n];
        for (int k = 0; k < n; k++) {
            Write w = writes.get(k);
            s[k] = w.code().section();
            a[k] = w.code().activity();
            i[k] = w.code().indicator();
            achieved[k] = w.achieved() == null ? null : w.achieved().toPlainString();
            on[k] = w.achievedOn() == null ? null : w.achievedOn().toString();
            note[k] = w.noteBn();
            proposed[k] = w.proposed() == null ? null : w.proposed().toPlainString();
            sourceBn[k] = w.proposedSourceBn();
            sourceEn[k] = w.proposedSourceEn();
            reason[k] = w.overrideReasonBn();
        }
        Map<IndicatorCode, Long> ids = new HashMap<>();
        jdbc.sql("""
                        insert into plan_progress (plan_id, quarter, section_no, activity_no, indicator_no, achieved, achieved_on, note_bn,
                                                   proposed, proposed_source_bn, proposed_source_en, override_reason_bn, updated_by)
                        select ?, ?, d.s, d.a, d.i, d.achieved, d.day, d.note, d.proposed, d.source_bn, d.source_en, d.reason, ?
                          from unnest(?::int[], ?::int[], ?::int[], ?::numeric[], ?::date[], ?::text[], ?::numeric[], ?::text[], ?::text[], ?::text[])
                               as d(s, a, i, achieved, day, note, proposed, source_bn, source_en, reason)
                        on conflict (plan_id, quarter, section_no, activity_no, indicator_no) do update set
                            achieved = excluded.achieved, achieved_on = excluded.achieved_on, note_bn = excluded.note_bn,
                            proposed = excluded.proposed, proposed_source_bn = excluded.proposed_source_bn,
                            proposed_source_en = excluded.proposed_source_en, override_reason_bn = excluded.override_reason_bn,
                            updated_by = excluded.updated_by, updated_at = now()
                        returning id, section_no, activity_no, indicator_no""")
                .params(planId, quarter, accountId, s, a, i, achieved, on, note, proposed, sourceBn, sourceEn, reason)
                .query((rs, row) -> ids.put(code(rs), rs.getLong("id"))).list();
        return ids;
    }

    /** A row left blank: gone, unless it keeps evidence (then emptied, the files stay with it). */
    void clear(long planId, int quarter, IndicatorCode code, Long accountId) {
        jdbc.sql("""
                        delete from plan_progress p where plan_id = ? and quarter = ? and section_no = ? and activity_no = ? and indicator_no = ?
                           and not exists (select 1 from plan_evidence e where e.progress_id = p.id)""")
                .params(planId, quarter, code.section(), code.activity(), code.indicator()).update();
        jdbc.sql("""
                        update plan_progress set achieved = null, achieved_on = null, note_bn = null, override_reason_bn = null,
                               updated_by = ?, updated_at = now()
                         where plan_id = ? and quarter = ? and section_no = ? and activity_no = ? and indicator_no = ?""")
                .params(accountId, planId, quarter, code.section(), code.activity(), code.indicator()).update();
    }

    /** The file's bytes to the store, its name, type and file id here, in the caller's transaction. */
    void addEvidence(long progressId, Uploads.Accepted file, Long accountId) {
        long fileId = files.store(file.bytes()).id();
        jdbc.sql("insert into plan_evidence (progress_id, file_name, content_type, size, file_id, uploaded_by) values (?, ?, ?, ?, ?, ?)")
                .params(progressId, file.fileName(), file.contentType(), file.bytes().length, fileId, accountId).update();
    }

    /** Removes the row's stored files of those ids (only this plan's quarter and indicator) and answers their names. */
    List<String> removeEvidence(long planId, int quarter, IndicatorCode code, List<Long> ids) {
        List<String> names = new ArrayList<>();
        for (long id : ids) {
            jdbc.sql("""
                            delete from plan_evidence e using plan_progress p
                             where e.id = ? and e.progress_id = p.id and p.plan_id = ? and p.quarter = ?
                               and p.section_no = ? and p.activity_no = ? and p.indicator_no = ?
                            returning e.file_name""")
                    .params(id, planId, quarter, code.section(), code.activity(), code.indicator())
                    .query(String.class).optional().ifPresent(names::add);
        }
        return names;
    }

    /** The quarter's report state (plan-submit's {@code plan_report}), read only: null when none was begun. */
    Optional<String> reportStatus(long planId, int quarter) {
        return jdbc.sql("select status from plan_report where plan_id = ? and quarter = ?").param(planId).param(quarter)
                .query(String.class).optional();
    }

    private static IndicatorCode code(ResultSet rs) throws SQLException {
        return new IndicatorCode(rs.getInt("section_no"), rs.getInt("activity_no"), rs.getInt("indicator_no"));
    }
}
