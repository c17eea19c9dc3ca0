package bd.udbhabon.portal.internal;

import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.reminder.DeadlineSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The quarter's checklist, due by the quarter's last day, for every office keeping the checklist (it gave a link in
 * some quarter) that has not given a link for each item:
 * the current quarter (once {@code until} reaches its end) and the one before it (overdue). Older quarters are left
 * to the dashboards, so that a reminder is about work that can still be caught up.
 */
@Component
class PortalDeadlines implements DeadlineSource {

    private final PortalRepository repository;

    PortalDeadlines(PortalRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<Deadline> open(LocalDate until) {
        return open(Dhaka.today(), until);
    }

    List<Deadline> open(LocalDate today, LocalDate until) {
        FiscalYear year = FiscalYear.of(today);
        int quarter = year.quarterOf(today);
        List<Deadline> found = new ArrayList<>();
        FiscalYear previousYear = quarter == 1 ? year.previous() : year;
        add(found, previousYear, quarter == 1 ? 4 : quarter - 1, until);
        add(found, year, quarter, until);
        return found;
    }

    private void add(List<Deadline> found, FiscalYear year, int quarter, LocalDate until) {
        LocalDate due = year.quarterEnd(quarter);
        if (due.isAfter(until)) {
            return;
        }
        String label = year.shortLabelLatin();
        for (long office : repository.incomplete(year, quarter)) {
            found.add(new Deadline("portal-checklist:" + office + ":" + label + ":" + quarter, office, Permission.WRITE_RECORDS, due,
                    "ওয়েব পোর্টালের চেকলিস্ট পূরণ: " + BanglaDigits.toBangla(label) + " অর্থবছরের " + PortalText.quarterBn(quarter),
                    "Web portal checklist: " + PortalText.quarterEn(quarter) + " of " + label,
                    "/offices/" + office + "/portal/edit?year=" + label + "&quarter=" + quarter));
        }
    }
}
