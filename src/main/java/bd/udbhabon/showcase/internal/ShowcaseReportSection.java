package bd.udbhabon.showcase.internal;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.Office;
import bd.udbhabon.report.ReportSection;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The showcasing section of the annual report (issue 16, point 1): the showcasing events the office held in the year,
 * the initiatives entered, the best chosen, and the results published.
 */
@Component
class ShowcaseReportSection implements ReportSection {

    private final JdbcClient jdbc;

    ShowcaseReportSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Held(int events, int published, int entries, int best) {
    }

    @Override
    public int order() {
        return 550;
    }

    @Override
    public Optional<Part> draft(Office office, FiscalYear year, LocalDate today) {
        Held held = jdbc.sql("""
                        select count(distinct s.id)::int as events,
                               count(distinct s.id) filter (where s.status = 'PUBLISHED')::int as published,
                               count(e.id)::int as entries, count(e.id) filter (where e.selected)::int as best
                        from showcase s left join showcase_entry e on e.showcase_id = s.id
                        where s.office_id = ? and s.held_on between ? and ?""")
                .params(office.id(), year.start(), year.end()).query(Held.class).single();
        if (held.events() == 0) {
            return Optional.empty();
        }
        String text = "অর্থবছরে " + bn(held.events()) + "টি উদ্ভাবন প্রদর্শনী (শোকেসিং) আয়োজন করা হয়েছে; " + bn(held.entries())
                + "টি উদ্যোগ অংশগ্রহণ করেছে এবং " + bn(held.best()) + "টি শ্রেষ্ঠ উদ্যোগ নির্বাচিত হয়েছে। "
                + bn(held.published()) + "টি প্রদর্শনীর ফলাফল প্রকাশ করা হয়েছে।";
        return Optional.of(new Part("showcasing", "উদ্ভাবন প্রদর্শনী (শোকেসিং)", "Showcasing", text,
                List.of(new Figure("আয়োজিত প্রদর্শনী", "Showcasing events held", held.events(), null),
                        new Figure("অংশগ্রহণকারী উদ্যোগ", "Initiatives entered", held.entries(), null),
                        new Figure("নির্বাচিত শ্রেষ্ঠ উদ্যোগ", "Best initiatives chosen", held.best(), (long) held.entries()),
                        new Figure("ফলাফল প্রকাশিত", "Results published", held.published(), (long) held.events())),
                List.of()));
    }

    private static String bn(long n) {
        return BanglaDigits.toBangla(n);
    }
}
