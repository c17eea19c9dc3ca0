package bd.udbhabon.plan.internal;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.plan.ActionPlan;
import bd.udbhabon.plan.ActionPlanning;
import bd.udbhabon.plan.IssuedPlan;
import bd.udbhabon.plan.PlanReport;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Uploads;
import bd.udbhabon.shell.UserFacingException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link ActionPlanning} over the services the pages use, nothing of its own. */
@Service
class ActionPlanningService implements ActionPlanning {

    private final TemplateService templates;
    private final TemplateImport imports;
    private final PlanService plans;
    private final PlanApproval approval;
    private final PlanIssuing issuing;
    private final ProgressService progress;
    private final ReportService reports;

    ActionPlanningService(TemplateService templates, TemplateImport imports, PlanService plans, PlanApproval approval,
                          PlanIssuing issuing, ProgressService progress, ReportService reports) {
        this.templates = templates;
        this.imports = imports;
        this.plans = plans;
        this.approval = approval;
        this.issuing = issuing;
        this.progress = progress;
        this.reports = reports;
    }

    @Override
    @Transactional
    public long publishTemplate(FiscalYear year, OfficeLevel level, String titleBn, String totalWeight, byte[] csv) {
        TemplateImport.Report report = imports.importFile(year, level, titleBn, "", totalWeight, false,
                new Uploads.Accepted("template.csv", Uploads.Kind.CSV, csv));
        if (!report.written()) {
            FormErrors all = new FormErrors().addAll("", report.header());
            report.rows().forEach(row -> all.addAll("line " + row.line() + ".", row.problems()));
            throw UserFacingException.invalid(all);
        }
        templates.publish(report.saved().versionId());
        return report.saved().versionId();
    }

    @Override
    public ActionPlan make(long officeId, FiscalYear year) {
        return plans.create(officeId, year);
    }

    @Override
    public ActionPlan approve(long officeId, FiscalYear year, String meetingBn, LocalDate meetingOn, LocalDate approvedOn) {
        return approval.approve(officeId, year, new PlanApproval.Input(meetingBn, meetingOn, approvedOn));
    }

    @Override
    @Transactional
    public IssuedPlan issue(long officeId, FiscalYear year, long memoFileId, Signatory signatory, LocalDate issuedOn,
                            List<String> copies) {
        PlanIssuing.Input input = new PlanIssuing.Input(memoFileId, new PlanPaperBuilder.Issue(issuedOn, signatory.nameBn(),
                signatory.designationBn(), signatory.phone(), signatory.email(), copies));
        return issuing.issue(officeId, year, input, issuing.next(officeId, year, input));
    }

    @Override
    public void saveProgress(long officeId, FiscalYear year, int quarter, List<Figure> figures) {
        progress.save(officeId, year, quarter, figures.stream()
                .map(f -> new ProgressService.Input(f.code(), f.achieved(), f.note(), null, List.of())).toList());
    }

    @Override
    public PlanReport submit(long officeId, FiscalYear year, int quarter, String comment) {
        return reports.submit(officeId, year, quarter, comment);
    }

    @Override
    public PlanReport review(long superiorId, long reportId, boolean accept, String comment) {
        return reports.review(superiorId, reportId, accept, comment);
    }
}
