package bd.udbhabon.report.internal;

import static bd.udbhabon.report.internal.AnnualReport.Status.APPROVED;
import static bd.udbhabon.report.internal.AnnualReport.Status.DRAFT;
import static bd.udbhabon.report.internal.AnnualReport.Status.ISSUED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.report.ReportSection;
import bd.udbhabon.report.internal.ReportWorkflow.Step;
import bd.udbhabon.shell.UserFacingException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 16, point 1: the annual report's transition table, its due day and lateness, and the chart of a section, line by line. */
class AnnualReportWorkflowTest {

    @Test
    void aDraftIsEditedAndApprovedAnApprovedOneIssuedOrReopened() {
        assertThat(ReportWorkflow.next(DRAFT, Step.EDIT)).isEqualTo(DRAFT);
        assertThat(ReportWorkflow.next(DRAFT, Step.REDRAFT)).isEqualTo(DRAFT);
        assertThat(ReportWorkflow.next(DRAFT, Step.APPROVE)).isEqualTo(APPROVED);
        assertThat(ReportWorkflow.next(APPROVED, Step.REOPEN)).isEqualTo(DRAFT);
        assertThat(ReportWorkflow.next(APPROVED, Step.ISSUE)).isEqualTo(ISSUED);
    }

    @Test
    void everyOtherStepIsRefusedWithItsMessage() {
        refused(DRAFT, Step.ISSUE, "report.error.notApproved");
        refused(APPROVED, Step.EDIT, "report.error.approvedNoEdit");
        refused(APPROVED, Step.REDRAFT, "report.error.approvedNoEdit");
        refused(APPROVED, Step.APPROVE, "report.error.alreadyApproved");
        refused(DRAFT, Step.REOPEN, "report.error.notApproved");
        for (Step step : Step.values()) {
            refused(ISSUED, step, "report.error.issued");
        }
    }

    @Test
    void theHeadApprovesWritersDoTheRest() {
        assertThat(Step.APPROVE.needs()).isEqualTo(Permission.SUBMIT_PLAN_REPORTS);
        assertThat(Step.REOPEN.needs()).isEqualTo(Permission.SUBMIT_PLAN_REPORTS);
        assertThat(Step.ISSUE.needs()).isEqualTo(Permission.WRITE_RECORDS);
        assertThat(Step.EDIT.needs()).isEqualTo(Permission.WRITE_RECORDS);
    }

    @Test
    void dueBy31JulyAfterTheYearLateWhenIssuedAfterOverdueUntilIssued() {
        FiscalYear year = new FiscalYear(2023);
        assertThat(AnnualReport.dueOn(year)).isEqualTo(LocalDate.of(2024, 7, 31));
        AnnualReport onTime = report(year, ISSUED, LocalDate.of(2024, 7, 31));
        AnnualReport late = report(year, ISSUED, LocalDate.of(2024, 8, 1));
        AnnualReport draft = report(year, DRAFT, null);
        assertThat(onTime.late()).isFalse();
        assertThat(late.late()).isTrue();
        assertThat(late.overdue(LocalDate.of(2025, 1, 1))).as("issued: late, not overdue").isFalse();
        assertThat(draft.overdue(LocalDate.of(2024, 7, 31))).isFalse();
        assertThat(draft.overdue(LocalDate.of(2024, 8, 1))).isTrue();
        assertThat(draft.daysLeft(LocalDate.of(2024, 7, 19))).isEqualTo(12);
        assertThat(AnnualReportService.due(LocalDate.of(2024, 7, 1))).isEqualTo(year);
        assertThat(ReportDue.latestDueBy(LocalDate.of(2024, 7, 30))).isEqualTo(new FiscalYear(2022));
        assertThat(ReportDue.latestDueBy(LocalDate.of(2024, 7, 31))).isEqualTo(year);
        assertThat(ReportDeadlines.remindable(AnnualReport.dueOn(year), LocalDate.of(2024, 8, 30))).isTrue();
        assertThat(ReportDeadlines.remindable(AnnualReport.dueOn(year), LocalDate.of(2024, 8, 31))).isFalse();
    }

    @Test
    void aSectionOfRatesIsChartedInPercentOnAHundredAndInTheReadersDigits() {
        AnnualReport.Section section = new AnnualReport.Section("decisions", 300, "সিদ্ধান্ত", "Decisions", "খসড়া", "খসড়া", false,
                List.of(new ReportSection.Figure("গৃহীত", "Taken", 4, null)),
                List.of(new ReportSection.Bar("প্রথম ত্রৈমাসিক", "First quarter: implementation rate", 50),
                        new ReportSection.Bar("দ্বিতীয় ত্রৈমাসিক", "Second quarter: implementation rate", 66.666)));
        var bangla = ReportPaper.chart(section, true);
        assertThat(bangla.max()).isEqualTo(100);
        assertThat(bangla.bars()).extracting(b -> b.valueText()).containsExactly("৫০%", "৬৬.৭%");
        assertThat(ReportPaper.chart(section, false).bars()).extracting(b -> b.label() + " " + b.valueText())
                .containsExactly("First quarter: implementation rate 50%", "Second quarter: implementation rate 66.7%");
        assertThat(ReportPaper.value(new ReportSection.Figure("ক", "a", 3, 4L))).isEqualTo("৩ / ৪ (৭৫%)");
    }

    @Test
    void aSectionsTextKeepsItsParagraphsAndRefusesWhatPapersCannotPrint() {
        var errors = new bd.udbhabon.shell.FormErrors();
        assertThat(AnnualReportService.paragraphs(errors, "  প্রথম অনুচ্ছেদ।\r\n\r\nদ্বিতীয়\tঅনুচ্ছেদ। ")).isEqualTo("প্রথম অনুচ্ছেদ।\nদ্বিতীয় অনুচ্ছেদ।");
        assertThat(errors.any()).isFalse();
        AnnualReportService.paragraphs(errors, "ভালো 😀");
        assertThat(errors.has("textBn")).isTrue();
    }

    private static AnnualReport report(FiscalYear year, AnnualReport.Status status, LocalDate issuedOn) {
        return new AnnualReport(1, 1, year, status, AnnualReport.dueOn(year), LocalDate.of(2024, 7, 2),
                status == DRAFT ? null : LocalDate.of(2024, 7, 3), issuedOn == null ? null : 9L, issuedOn, List.of());
    }

    private static void refused(AnnualReport.Status from, Step step, String key) {
        assertThatThrownBy(() -> ReportWorkflow.next(from, step)).isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", key);
    }
}
