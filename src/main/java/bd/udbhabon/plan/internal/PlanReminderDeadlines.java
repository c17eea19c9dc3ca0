package bd.udbhabon.plan.internal;

import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.reminder.DeadlineSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The action plan's deadlines for reminders (issue 16, point 5): a plan of this fiscal year still a draft is to be
 * approved in the coordination meeting by {@link #APPROVE_BY_DAYS} days into the year (the end of July: the plan is
 * implemented from the year's start), and each quarter's report of an approved plan is due by the APA calendar
 * ({@link PlanDeadlines}) until it is submitted. This year's and last year's (whose fourth quarter is due in July);
 * a report due more than {@link #LOOK_BACK_DAYS} days ago is left to the roll-ups, so starting reminders does not
 * flood offices with old dates.
 */
@Component
class PlanReminderDeadlines implements DeadlineSource {

    static final int APPROVE_BY_DAYS = 30;
    static final int LOOK_BACK_DAYS = 30;

    private final JdbcClient jdbc;
    private final PlanDeadlines calendar;

    PlanReminderDeadlines(JdbcClient jdbc, PlanDeadlines calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    private record PlanRow(long officeId, int fiscalYear, boolean approved, List<Integer> quartersSent) {
    }

    @Override
    public List<Deadline> open(LocalDate until) {
        LocalDate today = Dhaka.today();
        FiscalYear year = FiscalYear.of(today);
        List<PlanRow> plans = jdbc.sql("""
                        select p.office_id, p.fiscal_year,
                               exists (select 1 from plan_version v where v.plan_id = p.id and v.status <> 'DRAFT'),
                               array(select r.quarter from plan_report r where r.plan_id = p.id and r.status in ('SUBMITTED', 'ACCEPTED'))
                          from plan p where p.fiscal_year in (?, ?) order by p.office_id, p.fiscal_year""")
                .param(year.startYear()).param(year.previous().startYear())
                .query((rs, n) -> new PlanRow(rs.getLong(1), rs.getInt(2), rs.getBoolean(3),
                        List.of((Integer[]) rs.getArray(4).getArray())))
                .list();
        List<Deadline> deadlines = new ArrayList<>();
        LocalDate from = today.minusDays(LOOK_BACK_DAYS);
        java.util.Map<FiscalYear, List<bd.udbhabon.plan.ReportDeadline>> calendars = new java.util.HashMap<>();
        for (PlanRow plan : plans) {
            FiscalYear fy = new FiscalYear(plan.fiscalYear());
            String label = fy.shortLabelLatin();
            if (!plan.approved()) {
                LocalDate due = fy.start().plusDays(APPROVE_BY_DAYS);
                if (plan.fiscalYear() == year.startYear() && !due.isAfter(until)) {
                    deadlines.add(new Deadline("plan-approval:" + plan.officeId() + ":" + label, plan.officeId(),
                            Permission.WRITE_RECORDS, due,
                            "ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা " + BanglaDigits.toBangla(label) + " সমন্বয় সভায় অনুমোদন",
                            "E-governance and innovation action plan " + label + ": approval in the coordination meeting",
                            "/offices/" + plan.officeId() + "/plans/" + label + "/edit"));
                }
                continue;
            }
            for (var line : calendars.computeIfAbsent(fy, calendar::calendar)) {
                LocalDate due = line.submitBy(fy);
                if (plan.quartersSent().contains(line.quarter()) || due.isAfter(until) || due.isBefore(from)) {
                    continue;
                }
                String q = String.valueOf(line.quarter());
                deadlines.add(new Deadline("plan-report:" + plan.officeId() + ":" + label + ":" + q, plan.officeId(),
                        Permission.SUBMIT_PLAN_REPORTS, due,
                        "কর্মপরিকল্পনা " + BanglaDigits.toBangla(label) + "-এর " + BanglaDigits.toBangla(q) + " নং ত্রৈমাসিকের প্রতিবেদন ঊর্ধ্বতন দপ্তরে প্রেরণ",
                        "Action plan " + label + ": quarter " + q + " report to the superior office",
                        "/offices/" + plan.officeId() + "/plans/" + label + "/reports/" + q));
            }
        }
        return deadlines;
    }
}
