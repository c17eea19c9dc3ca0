package bd.udbhabon.report.internal;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.report.ReportSection;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The SQL of {@code annual_report} and its sections (V57). */
@Repository
class AnnualReportRepository {

    private static final TypeReference<List<ReportSection.Figure>> FIGURES = new TypeReference<>() {
    };
    private static final TypeReference<List<ReportSection.Bar>> BARS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AnnualReportRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    private record Head(long id, long officeId, int fiscalYear, String status, LocalDate dueOn, LocalDate draftedOn,
                        LocalDate approvedOn, Long paperId, LocalDate issuedOn) {
    }

    private record SectionRow(String key, int position, String headingBn, String headingEn, String draftBn, String textBn,
                              boolean edited, String figures, String chart) {
    }

    private static final String HEAD = """
            select id, office_id, fiscal_year, status, due_on, drafted_on, approved_on, paper_id, issued_on from annual_report""";

    Optional<AnnualReport> find(long officeId, FiscalYear year) {
        return jdbc.sql(HEAD + " where office_id = ? and fiscal_year = ?").params(officeId, year.startYear())
                .query(Head.class).optional().map(this::withSections);
    }

    /** The office's reports, latest year first, without their sections. */
    List<AnnualReport> all(long officeId) {
        return jdbc.sql(HEAD + " where office_id = ? order by fiscal_year desc").param(officeId).query(Head.class).list()
                .stream().map(h -> report(h, List.of())).toList();
    }

    /** The reports of {@code year} of the given offices (every office when null), without their sections. */
    List<AnnualReport> ofYear(FiscalYear year, Collection<Long> officeIds) {
        if (officeIds == null) {
            return jdbc.sql(HEAD + " where fiscal_year = ?").param(year.startYear()).query(Head.class).list()
                    .stream().map(h -> report(h, List.of())).toList();
        }
        if (officeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(HEAD + " where fiscal_year = :year and office_id = any(:offices)").param("year", year.startYear())
                .param("offices", officeIds.stream().mapToLong(Long::longValue).toArray()).query(Head.class).list()
                .stream().map(h -> report(h, List.of())).toList();
    }

    /** The office ids of {@code ancestorId}'s scope (itself and every office below it, both hierarchies). */
    List<Long> scope(long ancestorId) {
        return jdbc.sql("select office_id from office_scope where ancestor_id = ?").param(ancestorId).query(Long.class).list();
    }

    /** Every office's report row of {@code year} that is issued. */
    List<AnnualReport> issued(long officeId) {
        return jdbc.sql(HEAD + " where office_id = ? and status = 'ISSUED' order by fiscal_year desc").param(officeId)
                .query(Head.class).list().stream().map(h -> report(h, List.of())).toList();
    }

    void lock(long officeId, FiscalYear year) {
        jdbc.sql("select id from annual_report where office_id = ? and fiscal_year = ? for update").params(officeId, year.startYear())
                .query(Long.class).optional();
    }

    long create(long officeId, FiscalYear year, LocalDate today, Long accountId) {
        return jdbc.sql("""
                        insert into annual_report (office_id, fiscal_year, status, due_on, drafted_on, created_by)
                        values (?, ?, 'DRAFT', ?, ?, ?) on conflict (office_id, fiscal_year) do nothing returning id""")
                .params(officeId, year.startYear(), AnnualReport.dueOn(year), today, accountId).query(Long.class).optional()
                .orElseThrow(() -> bd.udbhabon.shell.UserFacingException.badRequest("report.error.exists"));
    }

    /** Writes a section as drafted; an edited text is kept, an unedited one follows the new draft. */
    void draftSection(long reportId, int position, ReportSection.Part part) {
        jdbc.sql("""
                        insert into annual_report_section (report_id, key, position, heading_bn, heading_en, draft_bn, text_bn, figures, chart)
                        values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))
                        on conflict (report_id, key) do update set position = excluded.position, heading_bn = excluded.heading_bn,
                            heading_en = excluded.heading_en, draft_bn = excluded.draft_bn, figures = excluded.figures, chart = excluded.chart,
                            text_bn = case when annual_report_section.edited then annual_report_section.text_bn else excluded.text_bn end""")
                .params(reportId, part.key(), position, part.headingBn(), part.headingEn(), part.draftBn(), part.draftBn(),
                        json.writeValueAsString(part.figures()), json.writeValueAsString(part.chart()))
                .update();
    }

    /** Removes the sections no bean drafts any more (a module that has nothing for the year this time). */
    void dropOthers(long reportId, Collection<String> keys) {
        jdbc.sql("delete from annual_report_section where report_id = :id and not (key = any(:keys))").param("id", reportId)
                .param("keys", keys.toArray(String[]::new)).update();
    }

    int editText(long reportId, String key, String textBn) {
        return jdbc.sql("update annual_report_section set text_bn = ?, edited = (? <> draft_bn) where report_id = ? and key = ?")
                .params(textBn, textBn, reportId, key).update();
    }

    void redrafted(long reportId, LocalDate today) {
        jdbc.sql("update annual_report set drafted_on = ? where id = ?").params(today, reportId).update();
    }

    void approved(long reportId, LocalDate approvedOn) {
        jdbc.sql("update annual_report set status = 'APPROVED', approved_on = ? where id = ?").params(approvedOn, reportId).update();
    }

    void reopened(long reportId) {
        jdbc.sql("update annual_report set status = 'DRAFT', approved_on = null where id = ?").param(reportId).update();
    }

    void issued(long reportId, long paperId, LocalDate issuedOn) {
        jdbc.sql("update annual_report set status = 'ISSUED', paper_id = ?, issued_on = ? where id = ?")
                .params(paperId, issuedOn, reportId).update();
    }

    private AnnualReport withSections(Head head) {
        List<AnnualReport.Section> sections = jdbc.sql("""
                        select key, position, heading_bn, heading_en, draft_bn, text_bn, edited, figures::text as figures, chart::text as chart
                        from annual_report_section where report_id = ? order by position, key""")
                .param(head.id()).query(SectionRow.class).list().stream()
                .map(r -> new AnnualReport.Section(r.key(), r.position(), r.headingBn(), r.headingEn(), r.draftBn(), r.textBn(),
                        r.edited(), json.readValue(r.figures(), FIGURES), json.readValue(r.chart(), BARS)))
                .toList();
        return report(head, sections);
    }

    private static AnnualReport report(Head h, List<AnnualReport.Section> sections) {
        return new AnnualReport(h.id(), h.officeId(), new FiscalYear(h.fiscalYear()), AnnualReport.Status.valueOf(h.status()),
                h.dueOn(), h.draftedOn(), h.approvedOn(), h.paperId(), h.issuedOn(), sections);
    }
}
