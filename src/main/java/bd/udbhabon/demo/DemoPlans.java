package bd.udbhabon.demo;

import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.MemoNumbering;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.OfficeSearch;
import bd.udbhabon.plan.ActionPlanning;
import bd.udbhabon.plan.ActionPlanning.Figure;
import bd.udbhabon.plan.PlanReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The action plans of the demo (issue 14, point 8): the Ministry of Women and Children Affairs' 2023-24
 * plan on seed 004's template, issued, with seed 004's first-quarter achievements, scored and sent to
 * the Cabinet Division; the Rajshahi district and its upazilas on a field template, where some upazilas
 * did not send their first-quarter report, so the district's report says which. Through
 * {@link ActionPlanning}, as the pages do; the reports' days are then set back to October 2023 (see
 * docs/modules/demo.md).
 */
@Component
@ConditionalOnProperty(name = "udbhabon.demo", havingValue = "true")
class DemoPlans {

    static final FiscalYear YEAR = new FiscalYear(2023);
    private static final String TITLE = "ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪";
    private static final String COORDINATION = "মাসিক সমন্বয় সভা (জুলাই ২০২৩)";

    private final ActionPlanning planning;
    private final OfficeDirectory offices;
    private final MemoNumbering numbering;
    private final JdbcClient jdbc;

    DemoPlans(ActionPlanning planning, OfficeDirectory offices, MemoNumbering numbering, JdbcClient jdbc) {
        this.planning = planning;
        this.offices = offices;
        this.numbering = numbering;
        this.jdbc = jdbc;
    }

    /**
     * Loads the plans; {@code as} runs a step as a demo account (a report is reviewed by its superior's
     * head, never by the account that sent it).
     */
    void load(long mowca, long rajshahiDistrict, BiConsumer<String, Runnable> as) {
        planning.publishTemplate(YEAR, OfficeLevel.MINISTRY, TITLE, "৫০", csv("/demo/mowca-2023-24.csv"));
        planning.publishTemplate(YEAR, OfficeLevel.DISTRICT, TITLE, "৫০", csv("/demo/field-2023-24.csv"));
        planning.publishTemplate(YEAR, OfficeLevel.UPAZILA, TITLE, "৫০", csv("/demo/field-2023-24.csv"));
        ministry(mowca);
        district(rajshahiDistrict, as);
    }

    private void ministry(long mowca) {
        planning.make(mowca, YEAR);
        planning.approve(mowca, YEAR, COORDINATION, LocalDate.of(2023, 7, 13), LocalDate.of(2023, 7, 13));
        MemoNumbering.MemoFile file = numbering.open(mowca, "32.00.0000.034.16.004.23", "ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা", 12);
        planning.issue(mowca, YEAR, file.id(), new ActionPlanning.Signatory("মুহাম্মদ ওয়াহিদুজ্জামান, এনডিসি",
                        "অতিরিক্ত সচিব (প্রশাসন) ও চীফ ইনোভেশন অফিসার", "", ""), LocalDate.of(2023, 7, 20),
                List.of("মন্ত্রিপরিষদ সচিব, মন্ত্রিপরিষদ বিভাগ", "সচিব, মহিলা ও শিশু বিষয়ক মন্ত্রণালয়", "অফিস কপি"));
        // seed 004: e-file disposal 97.76 %, 61 of the 63 services running, 1 of the 4 workshops held
        planning.saveProgress(mowca, YEAR, 1, List.of(
                new Figure("[১.২.১]", "৬১", "৬৩টি উদ্ভাবিত/সহজিকৃত/ডিজিটাইজকৃত সেবার মধ্যে ৬১টি সেবা সচল আছে।"),
                new Figure("[১.৪.১]", "৯৭.৭৬", "প্রথম প্রান্তিকে ই-ফাইলে নোট নিষ্পত্তির হার ৯৭.৭৬%।"),
                new Figure("[১.৫.১]", "১", "৪টি কর্মশালার মধ্যে ১টি আয়োজিত হয়েছে।")));
        sentOn(planning.submit(mowca, YEAR, 1, null).id(), LocalDate.of(2023, 10, 12));
    }

    /**
     * Rajshahi district and its nine upazilas: eight make and approve a plan (one makes none); six send
     * their first quarter (one of them late), the district accepts four, returns one with a comment and
     * leaves one waiting; then the district sends its own, which says which upazilas' reports it lacks.
     */
    private void district(long district, BiConsumer<String, Runnable> as) {
        List<Office> upazilas = offices.search(new OfficeSearch(OfficeLevel.UPAZILA, district, null, 0, 100)).items().stream()
                .sorted(Comparator.comparing(Office::nameEn)).toList();
        for (int i = 0; i < upazilas.size(); i++) {
            long upazila = upazilas.get(i).id();
            if (i == upazilas.size() - 1) {
                continue; // no plan at all
            }
            madeAndApproved(upazila, LocalDate.of(2023, 7, 10 + i % 5));
            if (i >= 6) {
                if (i == 6) {
                    planning.saveProgress(upazila, YEAR, 1, figures(i)); // a draft, never sent
                }
                continue;
            }
            planning.saveProgress(upazila, YEAR, 1, figures(i));
            PlanReport report = planning.submit(upazila, YEAR, 1, null);
            int n = i;
            as.accept("rajshahi-dc", () -> {
                if (n < 4) {
                    planning.review(district, report.id(), true, null);
                } else if (n == 4) {
                    planning.review(district, report.id(), false,
                            "[১.৩.১]-এর ই-নথির প্রতিবেদন প্রমাণক হিসেবে সংযুক্ত করে পুনরায় পাঠান।");
                }
            });
            sentOn(report.id(), n == 5 ? LocalDate.of(2023, 10, 19) : LocalDate.of(2023, 10, 8 + n)); // the sixth a little late
        }
        madeAndApproved(district, LocalDate.of(2023, 7, 12));
        planning.saveProgress(district, YEAR, 1, figures(1));
        sentOn(planning.submit(district, YEAR, 1, null).id(), LocalDate.of(2023, 10, 15));
    }

    private void madeAndApproved(long officeId, LocalDate meeting) {
        planning.make(officeId, YEAR);
        planning.approve(officeId, YEAR, COORDINATION, meeting, meeting);
    }

    /** First-quarter figures for the field template, a little different per office. */
    private static List<Figure> figures(int i) {
        String[] services = {"৩", "৪", "২", "৩", "১", "২", "৩"};
        String[] efile = {"৭৮.৫০", "৮২", "৬৯.২৫", "৭৫", "৬১.৪০", "৮০.১০", "৭২"};
        return List.of(
                new Figure("[১.২.১]", services[i % services.length], null),
                new Figure("[১.৩.১]", efile[i % efile.length], null),
                new Figure("[২.১.১]", "১", "তথ্য বাতায়নের সেবা বক্স ও নোটিশ হালনাগাদ করা হয়েছে।"),
                new Figure("[২.২.২]", "১", null));
    }

    /**
     * The report's days set back (the demo is loaded years later, when every one of 2023-24's reports
     * would be late): sent on {@code day}, reviewed three days later; lateness against its due day.
     */
    private void sentOn(long reportId, LocalDate day) {
        jdbc.sql("update plan_report set submitted_at = ?, late = ? > due_on where id = ?")
                .param(at(day)).param(day).param(reportId).update();
        jdbc.sql("""
                        update plan_report_step set at = case when action = 'SUBMIT' then ?::timestamptz else ?::timestamptz end,
                               late = action = 'SUBMIT' and ? > (select due_on from plan_report where id = ?)
                         where report_id = ?""")
                .param(at(day)).param(at(day.plusDays(3))).param(day).param(reportId).param(reportId).update();
    }

    private static java.sql.Timestamp at(LocalDate day) {
        return java.sql.Timestamp.from(day.atTime(LocalTime.of(11, 30)).atZone(Dhaka.ZONE).toInstant());
    }

    private static byte[] csv(String resource) {
        try (InputStream in = DemoPlans.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
