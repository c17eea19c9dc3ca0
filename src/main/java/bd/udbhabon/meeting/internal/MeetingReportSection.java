package bd.udbhabon.meeting.internal;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.meeting.MeetingFacts;
import bd.udbhabon.office.Office;
import bd.udbhabon.report.ReportSection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The meetings' section of the annual report (issue 16, point 1): meetings held against the cadence, per quarter as a
 * chart, and the minutes issued and published on the corner in the year, from {@link MeetingFacts}.
 */
@Component
class MeetingReportSection implements ReportSection {

    private static final String[] QUARTERS = {"প্রথম", "দ্বিতীয়", "তৃতীয়", "চতুর্থ"};
    private static final String[] QUARTERS_EN = {"First", "Second", "Third", "Fourth"};

    private final MeetingFacts facts;

    MeetingReportSection(MeetingFacts facts) {
        this.facts = facts;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Optional<Part> draft(Office office, FiscalYear year, LocalDate today) {
        MeetingFacts.HeldAgainstCadence whole = facts.heldAgainstCadence(office.id(), year.start(), year.end());
        int issued = facts.minutesIssued(office.id(), year.start(), year.end()).size();
        int published = facts.minutesPublished(office.id(), year.start(), year.end()).size();
        if (whole.held().isEmpty() && whole.due() == 0 && issued == 0) {
            return Optional.empty();
        }
        List<Bar> chart = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            int held = facts.heldAgainstCadence(office.id(), year.quarterStart(q), year.quarterEnd(q)).held().size();
            chart.add(new Bar(QUARTERS[q - 1] + " ত্রৈমাসিকে অনুষ্ঠিত সভা", QUARTERS_EN[q - 1] + " quarter: meetings held", held));
        }
        String text = "অর্থবছরে ইনোভেশন টিমের " + bn(whole.held().size()) + "টি সভা অনুষ্ঠিত হয়েছে; নির্ধারিত সময়সূচি অনুযায়ী "
                + bn(whole.due()) + "টি মেয়াদের মধ্যে " + bn(whole.met()) + "টিতে সভা হয়েছে। " + bn(issued)
                + "টি সভার কার্যবিবরণী জারি এবং " + bn(published) + "টি ইনোভেশন কর্নারে প্রকাশ করা হয়েছে।";
        return Optional.of(new Part("meetings", "ইনোভেশন টিমের সভা ও কার্যবিবরণী", "Team meetings and minutes", text,
                List.of(new Figure("অনুষ্ঠিত সভা", "Meetings held", whole.held().size(), null),
                        new Figure("সময়সূচি অনুযায়ী সভা হয়েছে (মেয়াদ)", "Cadence periods with a meeting", whole.met(), (long) whole.due()),
                        new Figure("জারিকৃত কার্যবিবরণী", "Minutes issued", issued, null),
                        new Figure("কর্নারে প্রকাশিত কার্যবিবরণী", "Minutes published on the corner", published, (long) issued)),
                chart));
    }

    private static String bn(long n) {
        return BanglaDigits.toBangla(n);
    }
}
