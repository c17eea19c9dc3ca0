package bd.udbhabon.plan.internal;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.inbox.ExpectedItems;
import bd.udbhabon.plan.PlanReport;
import bd.udbhabon.plan.PlanRollUp;
import bd.udbhabon.plan.RollUpState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What the inbox expects of the action plans (issue 16, point 4): the last ended quarter's report of every office
 * in the scope with an issued plan that has not sent it (not started or still a draft) once its deadline by the APA
 * calendar has passed; as the roll-up counts them (its MISSING and DRAFT states).
 */
@Component
class ReportsExpected implements ExpectedItems {

    /** More than the offices of the whole registry that issue plans. */
    private static final int ALL = 50_000;

    private final PlanRollUp rollUp;

    ReportsExpected(PlanRollUp rollUp) {
        this.rollUp = rollUp;
    }

    @Override
    public List<Expected> missing(long ancestorId, LocalDate today) {
        PlanReport.Period period = PlanReport.Period.lastEnded(today);
        FiscalYear year = period.year();
        int quarter = period.quarter();
        LocalDate due = rollUp.dueOn(year, quarter);
        if (due == null || !today.isAfter(due)) {
            return List.of();
        }
        List<Expected> missing = new ArrayList<>();
        for (RollUpState state : List.of(RollUpState.MISSING, RollUpState.DRAFT)) {
            for (PlanRollUp.OfficeReport r : rollUp.withState(ancestorId, year, quarter, state, 0, ALL).items()) {
                missing.add(new Expected(r.officeId(), "plan-report",
                        "কর্মপরিকল্পনার ত্রৈমাসিক প্রতিবেদন, " + year.shortLabel() + " অর্থবছর, "
                                + List.of("১ম", "২য়", "৩য়", "৪র্থ").get(quarter - 1) + " ত্রৈমাসিক",
                        "Quarterly report on the action plan, " + year.shortLabelLatin() + ", quarter " + quarter, due,
                        "/offices/" + r.officeId() + "/plans/" + year.shortLabelLatin() + "/reports/" + quarter));
            }
        }
        return missing;
    }
}
