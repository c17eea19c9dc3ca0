package bd.udbhabon.plan.web;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.OfficePageLink;
import bd.udbhabon.office.OfficePageLinks;
import bd.udbhabon.plan.PlanReport;
import bd.udbhabon.plan.internal.ReportMail;
import bd.udbhabon.plan.internal.ReportService;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Forms;
import bd.udbhabon.shell.UserFacingException;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A quarter's report upward (issue 14, points 3, 5 and 10). The office's page: read by whoever reads its
 * records (its superiors too), sent by its head ({@code SUBMIT_PLAN_REPORTS} on the office). The review:
 * at the superior's own path, read by its readers and decided by its head, and only at the office the
 * report was sent to (the service refuses a grand-superior or a sibling, 403).
 */
@Controller
class ReportPages implements OfficePageLinks {

    private final ReportService reports;
    private final OfficeDirectory offices;
    private final AccessPolicy access;
    private final ReportMail mail;

    ReportPages(ReportService reports, OfficeDirectory offices, AccessPolicy access, ReportMail mail) {
        this.reports = reports;
        this.offices = offices;
        this.access = access;
        this.mail = mail;
    }

    /** The office page links the report of the quarter that ended last (due now, or overdue). */
    @Override
    public List<OfficePageLink> links(Office office) {
        if (office.level() == OfficeLevel.CABINET_DIVISION) {
            return List.of();
        }
        PlanReport.Period period = PlanReport.Period.lastEnded(Dhaka.today());
        return List.of(OfficePageLink.action(260, Permission.READ_RECORDS, path(office.id(), period.year(), period.quarter()),
                "plan.report.link", "plan-report-link"));
    }

    static String path(long officeId, FiscalYear year, int quarter) {
        return "/offices/" + officeId + "/plans/" + year.shortLabelLatin() + "/reports/" + quarter;
    }

    @GetMapping("/offices/{officeId}/plans/{year}/reports/{quarter}")
    @OfficeAccess(Permission.READ_RECORDS)
    String report(@PathVariable long officeId, @PathVariable String year, @PathVariable int quarter, Model model) {
        return reportPage(officeId, year(year), quarter, new FormErrors(), "", model);
    }

    @PostMapping("/offices/{officeId}/plans/{year}/reports/{quarter}")
    @OfficeAccess(Permission.SUBMIT_PLAN_REPORTS)
    String submit(@PathVariable long officeId, @PathVariable String year, @PathVariable int quarter,
                  @Valid @ModelAttribute("reportForm") ReportForm form, BindingResult binding, Model model) {
        FiscalYear fiscalYear = year(year);
        offices.require(officeId);
        return Forms.saveOrShow(Forms.errors(binding), () -> {
            mail.lastStep(reports.submit(officeId, fiscalYear, quarter, form.comment())); // after the step committed
            return "redirect:" + path(officeId, fiscalYear, quarter);
        }, errors -> reportPage(officeId, fiscalYear, quarter, errors, form.comment(), model));
    }

    @GetMapping("/offices/{officeId}/plan-reports/{reportId}")
    @OfficeAccess(Permission.READ_RECORDS)
    String review(@PathVariable long officeId, @PathVariable long reportId, Model model) {
        return reviewPage(officeId, reports.forReview(officeId, reportId), new FormErrors(), "", model);
    }

    @PostMapping("/offices/{officeId}/plan-reports/{reportId}")
    @OfficeAccess(Permission.SUBMIT_PLAN_REPORTS)
    String decide(@PathVariable long officeId, @PathVariable long reportId, @Valid @ModelAttribute("reportForm") ReportForm form,
                  BindingResult binding, Model model) {
        PlanReport report = reports.forReview(officeId, reportId);
        boolean accept = "ACCEPT".equals(form.decision());
        if (!accept && !"RETURN".equals(form.decision())) {
            throw UserFacingException.badRequest("plan.report.error.decision");
        }
        return Forms.saveOrShow(Forms.errors(binding), () -> {
            mail.lastStep(reports.review(officeId, reportId, accept, form.comment()));
            return "redirect:/offices/" + officeId + "/plan-reports/" + reportId;
        }, errors -> reviewPage(officeId, report, errors, form.comment(), model));
    }

    private String reportPage(long officeId, FiscalYear year, int quarter, FormErrors errors, String comment, Model model) {
        Office office = offices.require(officeId);
        ReportService.Quarter q = reports.quarter(officeId, year, quarter);
        model.addAttribute("office", office);
        model.addAttribute("q", q);
        model.addAttribute("offices", names(q.superiorId(), q.report(), q.subordinates()));
        model.addAttribute("today", Dhaka.today());
        model.addAttribute("maySubmit", q.maySend() && access.allows(Permission.SUBMIT_PLAN_REPORTS, officeId));
        model.addAttribute("mayOpenReview", q.report() != null && q.superiorId() != null
                && access.allows(Permission.READ_RECORDS, q.report().superiorId()));
        model.addAttribute("errors", errors);
        model.addAttribute("comment", comment == null ? "" : comment);
        return "plan/report";
    }

    private String reviewPage(long superiorId, PlanReport report, FormErrors errors, String comment, Model model) {
        ReportService.Quarter q = reports.quarter(report.officeId(), report.fiscalYear(), report.quarter());
        model.addAttribute("superior", offices.require(superiorId));
        model.addAttribute("office", offices.require(report.officeId()));
        model.addAttribute("q", q);
        model.addAttribute("offices", names(superiorId, report, report.subordinates()));
        model.addAttribute("mayReview", report.status() == PlanReport.Status.SUBMITTED
                && access.allows(Permission.SUBMIT_PLAN_REPORTS, superiorId));
        model.addAttribute("errors", errors);
        model.addAttribute("comment", comment == null ? "" : comment);
        return "plan/report-review";
    }

    /** Every office the page names, read at once. */
    private Map<Long, Office> names(Long superiorId, PlanReport report, List<PlanReport.Subordinate> subordinates) {
        List<Long> ids = new ArrayList<>(subordinates.stream().map(PlanReport.Subordinate::officeId).toList());
        if (superiorId != null) {
            ids.add(superiorId);
        }
        if (report != null) {
            report.steps().forEach(s -> ids.add(s.officeId()));
        }
        return offices.findAll(ids);
    }

    static FiscalYear year(String year) {
        try {
            return FiscalYear.parse(year);
        } catch (IllegalArgumentException e) {
            throw UserFacingException.notFound("plan.error.fiscalYear", year);
        }
    }
}
