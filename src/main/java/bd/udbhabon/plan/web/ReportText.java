package bd.udbhabon.plan.web;

import bd.udbhabon.office.Office;
import bd.udbhabon.plan.PlanReport;
import bd.udbhabon.shell.Ui;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** The report pages' sentences: the countdown to the due day, the subordinates' state in words, a calendar day. */
public final class ReportText {

    private ReportText() {
    }

    /** "জমার শেষ দিন ১৫ অক্টোবর ২০২৩ — আর ৫ দিন", "… — আজই শেষ দিন", "… — ৩ দিন পেরিয়ে গেছে". */
    public static String countdown(Ui ui, LocalDate due, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, due);
        if (days > 0) {
            return ui.t("plan.report.due.ahead", ui.longDate(due), ui.num(days));
        }
        return days == 0 ? ui.t("plan.report.due.today", ui.longDate(due)) : ui.t("plan.report.due.passed", ui.longDate(due), ui.num(-days));
    }

    /** The quarter's name in words: "প্রথম" … "চতুর্থ". */
    public static String ordinal(Ui ui, int quarter) {
        return ui.t("plan.report.quarter." + quarter);
    }

    /**
     * Seed 004's sentence: "অধীন ২টি দপ্তরের (…, …) প্রথম ত্রৈমাসিক প্রতিবেদন পাওয়া যায়নি।" naming those whose report
     * the superior has not had; or that every one was received; or that none reports to this office.
     */
    public static String subordinates(Ui ui, int quarter, List<PlanReport.Subordinate> subordinates, Map<Long, Office> offices) {
        if (subordinates.isEmpty()) {
            return ui.t("plan.report.subordinates.none");
        }
        List<String> missing = subordinates.stream().filter(s -> !s.state().received())
                .map(s -> offices.containsKey(s.officeId()) ? offices.get(s.officeId()).name(ui.bangla()) : "#" + s.officeId()).toList();
        if (missing.isEmpty()) {
            return ui.digits(ui.t("plan.report.subordinates.allReceived", ui.num(subordinates.size()), ordinal(ui, quarter)));
        }
        return ui.digits(ui.t("plan.report.subordinates.notReceived", ui.num(missing.size()), RollUpText.names(ui, missing), ordinal(ui, quarter),
                ui.num(subordinates.size())));
    }

    /** A calendar line's day in words, without a year: "১৫ অক্টোবর", "15 October". */
    public static String monthDay(Ui ui, MonthDay day) {
        if (day == null) {
            return "—";
        }
        String full = ui.longDate(day.atYear(2000));
        return full.substring(0, full.lastIndexOf(' '));
    }
}
