package bd.udbhabon.report.internal;

import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.inbox.ExpectedItems;
import bd.udbhabon.reminder.DeadlineSource;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The annual report's deadline for the reminders (due by 31 July, for the office's writers; up to 30 days past it, as
 * the other sources look back) and, once it has passed,
 * what the inbox lists as expected and not arrived: the offices that owe the report and have not issued it.
 */
@Component
class ReportDeadlines implements DeadlineSource, ExpectedItems {

    private final AnnualReportRepository reports;
    private final ReportDue due;

    ReportDeadlines(AnnualReportRepository reports, ReportDue due) {
        this.reports = reports;
        this.due = due;
    }

    /** As the other sources: a report due more than this many days ago is left to the pages' overdue marks and the inbox. */
    static final int LOOK_BACK_DAYS = 30;

    @Override
    public List<Deadline> open(LocalDate until) {
        FiscalYear year = ReportDue.latestDueBy(until);
        LocalDate dueOn = AnnualReport.dueOn(year);
        if (!remindable(dueOn, Dhaka.today())) {
            return List.of();
        }
        return unissued(year, null).stream().map(officeId -> new Deadline("annual-report:" + officeId + ":" + year.shortLabelLatin(),
                officeId, Permission.WRITE_RECORDS, dueOn, titleBn(year), titleEn(year), link(officeId, year))).toList();
    }

    @Override
    public List<Expected> missing(long ancestorId, LocalDate today) {
        FiscalYear year = ReportDue.latestDueBy(today);
        LocalDate dueOn = AnnualReport.dueOn(year);
        if (!today.isAfter(dueOn)) {
            return List.of();
        }
        return unissued(year, reports.scope(ancestorId)).stream()
                .map(officeId -> new Expected(officeId, "annual-report", titleBn(year), titleEn(year), dueOn, link(officeId, year)))
                .toList();
    }

    /** Whether reminders still go out for a report due on {@code dueOn}: not more than {@link #LOOK_BACK_DAYS} days past. */
    static boolean remindable(LocalDate dueOn, LocalDate today) {
        return !dueOn.isBefore(today.minusDays(LOOK_BACK_DAYS));
    }

    /** The offices of {@code officeIds} (every office when null) that owe {@code year}'s report and have not issued it. */
    private List<Long> unissued(FiscalYear year, List<Long> officeIds) {
        Set<Long> owe = due.obliged(year, officeIds);
        Set<Long> issued = reports.ofYear(year, officeIds).stream().filter(r -> r.status() == AnnualReport.Status.ISSUED)
                .map(AnnualReport::officeId).collect(Collectors.toSet());
        return owe.stream().filter(id -> !issued.contains(id)).sorted(Comparator.naturalOrder()).toList();
    }

    private static String titleBn(FiscalYear year) {
        return "বার্ষিক প্রতিবেদন " + year.shortLabel() + " (৩১ জুলাই " + BanglaDigits.toBangla(year.endYear()) + "-এর মধ্যে)";
    }

    private static String titleEn(FiscalYear year) {
        return "Annual report " + year.shortLabelLatin() + " (by 31 July " + year.endYear() + ")";
    }

    private static String link(long officeId, FiscalYear year) {
        return "/offices/" + officeId + "/reports/" + year.shortLabelLatin();
    }
}
