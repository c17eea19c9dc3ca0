package bd.udbhabon.plan;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.bangla.FiscalYear;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

/** The APA calendar's days in a fiscal year, and the quarter whose report is due now. Pure. */
class ReportDeadlineTest {

    private static final FiscalYear FY_2023_24 = new FiscalYear(2023);

    @Test
    void theCalendarsDaysFallAfterTheirQuarterEnds() {
        assertThat(new ReportDeadline(1, MonthDay.of(10, 15), null).submitBy(FY_2023_24)).isEqualTo(LocalDate.of(2023, 10, 15));
        ReportDeadline q2 = new ReportDeadline(2, MonthDay.of(1, 15), MonthDay.of(1, 30));
        assertThat(q2.submitBy(FY_2023_24)).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(q2.reviewBy(FY_2023_24)).isEqualTo(LocalDate.of(2024, 1, 30));
        assertThat(new ReportDeadline(3, MonthDay.of(4, 15), null).submitBy(FY_2023_24)).isEqualTo(LocalDate.of(2024, 4, 15));
        assertThat(new ReportDeadline(3, MonthDay.of(4, 15), null).reviewBy(FY_2023_24)).isNull();
        // the year's evaluation: due after the year ends, on 15 July; its results by 30 August
        ReportDeadline q4 = new ReportDeadline(4, MonthDay.of(7, 15), MonthDay.of(8, 30));
        assertThat(q4.submitBy(FY_2023_24)).isEqualTo(LocalDate.of(2024, 7, 15));
        assertThat(q4.reviewBy(FY_2023_24)).isEqualTo(LocalDate.of(2024, 8, 30));
    }

    @Test
    void aDayOnTheQuartersLastDayIsNextYearsAndTheTwentyNinthOfFebruaryIsTheTwentyEighthInOtherYears() {
        assertThat(new ReportDeadline(1, MonthDay.of(9, 30), null).submitBy(FY_2023_24)).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(new ReportDeadline(1, MonthDay.of(10, 1), null).submitBy(FY_2023_24)).isEqualTo(LocalDate.of(2023, 10, 1));
        assertThat(new ReportDeadline(3, MonthDay.of(2, 29), null).submitBy(FY_2023_24)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(new ReportDeadline(2, MonthDay.of(2, 29), null).submitBy(FY_2023_24)).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void theReportDueNowIsTheLastEndedQuartersOne() {
        assertThat(PlanReport.Period.lastEnded(LocalDate.of(2023, 10, 5))).isEqualTo(new PlanReport.Period(FY_2023_24, 1));
        assertThat(PlanReport.Period.lastEnded(LocalDate.of(2024, 1, 1))).isEqualTo(new PlanReport.Period(FY_2023_24, 2));
        assertThat(PlanReport.Period.lastEnded(LocalDate.of(2024, 7, 10))).isEqualTo(new PlanReport.Period(FY_2023_24, 4));
        assertThat(PlanReport.Period.lastEnded(LocalDate.of(2023, 9, 30))).isEqualTo(new PlanReport.Period(new FiscalYear(2022), 4));
    }
}
