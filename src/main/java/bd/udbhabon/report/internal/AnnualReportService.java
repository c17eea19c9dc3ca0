package bd.udbhabon.report.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.report.ReportSection;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.UserFacingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual report's steps before its issue: drafted from every {@link ReportSection} bean (in their order), a
 * section's text edited, the figures drafted again (the office's edited texts kept), approved by the head, the
 * approval taken back. Each step asks {@link ReportWorkflow} and is audited ("annual-report").
 */
@Service
public class AnnualReportService {

    /** The longest section text (V57's check). */
    static final int MAX_TEXT = 20_000;

    private final AnnualReportRepository reports;
    private final List<ReportSection> sections;
    private final ReportDue due;
    private final OfficeDirectory offices;
    private final AccessPolicy access;
    private final AuditLog audit;

    AnnualReportService(AnnualReportRepository reports, List<ReportSection> sections, ReportDue due, OfficeDirectory offices, AccessPolicy access,
                  AuditLog audit) {
        this.reports = reports;
        this.due = due;
        this.sections = sections.stream().sorted(Comparator.comparingInt(ReportSection::order)).toList();
        this.offices = offices;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Optional<AnnualReport> find(long officeId, FiscalYear year) {
        return reports.find(officeId, year);
    }

    @Transactional(readOnly = true)
    public List<AnnualReport> all(long officeId) {
        return reports.all(officeId);
    }

    /** Whether the office owes {@code year}'s report (it had an innovation team in the year, or started one). */
    @Transactional(readOnly = true)
    public boolean owes(long officeId, FiscalYear year) {
        return due.obliged(year, List.of(officeId)).contains(officeId);
    }

    /** The year whose report an office works on at {@code today}: the fiscal year before today's (due 31 July after it). */
    public static FiscalYear due(LocalDate today) {
        return FiscalYear.of(today).previous();
    }

    /**
     * Drafts {@code year}'s report from the sections the modules give now. Only a year that is over (its facts are
     * complete) and one the office has no report of yet.
     */
    @Transactional
    public AnnualReport draft(long officeId, FiscalYear year) {
        need(ReportWorkflow.Step.EDIT, officeId);
        LocalDate today = Dhaka.today();
        if (!year.end().isBefore(today)) {
            throw UserFacingException.badRequest("report.error.yearNotOver");
        }
        Office office = offices.require(officeId);
        long id = reports.create(officeId, year, today, access.accountId().orElse(null));
        List<String> keys = write(id, office, year, today);
        audit.record(new AuditEvent(access.actor(), "annual-report.drafted", "annual-report", Long.toString(id), officeId, null,
                Map.of("fiscalYear", year.startYear(), "status", "DRAFT", "sections", keys)));
        return reports.find(officeId, year).orElseThrow();
    }

    /** Drafts the figures and texts again from today's facts; a text the office edited is kept as edited. */
    @Transactional
    public AnnualReport redraft(long officeId, FiscalYear year) {
        need(ReportWorkflow.Step.REDRAFT, officeId);
        AnnualReport report = locked(officeId, year);
        ReportWorkflow.next(report.status(), ReportWorkflow.Step.REDRAFT);
        LocalDate today = Dhaka.today();
        List<String> keys = write(report.id(), offices.require(officeId), year, today);
        reports.redrafted(report.id(), today);
        audit.record(new AuditEvent(access.actor(), "annual-report.redrafted", "annual-report", Long.toString(report.id()), officeId,
                Map.of("draftedOn", report.draftedOn().toString()), Map.of("draftedOn", today.toString(), "sections", keys)));
        return reports.find(officeId, year).orElseThrow();
    }

    /** The office's own words for a section, in Bangla; refused (nothing written) when blank or too long. */
    @Transactional
    public void edit(long officeId, FiscalYear year, String key, String textBn) {
        need(ReportWorkflow.Step.EDIT, officeId);
        AnnualReport report = locked(officeId, year);
        ReportWorkflow.next(report.status(), ReportWorkflow.Step.EDIT);
        AnnualReport.Section section = report.section(key).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        FormErrors errors = new FormErrors();
        String text = paragraphs(errors, textBn);
        if (!errors.any() && text.isEmpty()) {
            errors.add("textBn", "report.error.textBlank");
        } else if (!errors.any() && text.length() > MAX_TEXT) {
            errors.add("textBn", "input.tooLong", MAX_TEXT, text.length());
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        reports.editText(report.id(), key, text);
        audit.record(new AuditEvent(access.actor(), "annual-report.section-edited", "annual-report", Long.toString(report.id()),
                officeId, Map.of("key", key, "textBn", section.textBn()), Map.of("key", key, "textBn", text)));
    }

    @Transactional
    public void approve(long officeId, FiscalYear year) {
        need(ReportWorkflow.Step.APPROVE, officeId);
        AnnualReport report = locked(officeId, year);
        ReportWorkflow.next(report.status(), ReportWorkflow.Step.APPROVE);
        LocalDate today = Dhaka.today();
        reports.approved(report.id(), today);
        audit.record(new AuditEvent(access.actor(), "annual-report.approved", "annual-report", Long.toString(report.id()), officeId,
                Map.of("status", report.status().name()), Map.of("status", "APPROVED", "approvedOn", today.toString())));
    }

    @Transactional
    public void reopen(long officeId, FiscalYear year) {
        need(ReportWorkflow.Step.REOPEN, officeId);
        AnnualReport report = locked(officeId, year);
        ReportWorkflow.next(report.status(), ReportWorkflow.Step.REOPEN);
        reports.reopened(report.id());
        audit.record(new AuditEvent(access.actor(), "annual-report.reopened", "annual-report", Long.toString(report.id()), officeId,
                Map.of("status", report.status().name()), Map.of("status", "DRAFT")));
    }

    /** Whether the current user may take {@code step} at the office (the page shows its button only then). */
    public boolean may(ReportWorkflow.Step step, long officeId) {
        return access.allows(step.needs(), officeId);
    }

    AnnualReport locked(long officeId, FiscalYear year) {
        reports.lock(officeId, year);
        return reports.find(officeId, year).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    void need(ReportWorkflow.Step step, long officeId) {
        if (!may(step, officeId)) {
            throw new UserFacingException(403, "error.forbidden");
        }
    }

    private List<String> write(long reportId, Office office, FiscalYear year, LocalDate today) {
        List<String> keys = new ArrayList<>();
        for (ReportSection section : sections) {
            Optional<ReportSection.Part> part = section.draft(office, year, today);
            if (part.isPresent()) {
                reports.draftSection(reportId, section.order(), clean(part.get()));
                keys.add(part.get().key());
            }
        }
        reports.dropOthers(reportId, keys);
        return keys;
    }

    /** A module's draft as the paper will print it (paragraphs cleaned as a typed text is). */
    private static ReportSection.Part clean(ReportSection.Part part) {
        String text = paragraphs(new FormErrors(), part.draftBn());
        return new ReportSection.Part(part.key(), part.headingBn(), part.headingEn(), text.isBlank() ? part.headingBn() : text,
                part.figures(), part.chart());
    }

    /**
     * The text's paragraphs (its lines), each cleaned as any typed text ({@link Inputs#text}: NFC, controls to spaces, a
     * character the papers cannot print reported on "textBn"), blank lines between them dropped; joined by new lines.
     */
    static String paragraphs(FormErrors errors, String text) {
        if (text == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String clean = Inputs.text(errors, "textBn", line, MAX_TEXT);
            if (clean != null && !clean.isBlank()) {
                lines.add(clean);
            }
        }
        return String.join("\n", lines);
    }
}
