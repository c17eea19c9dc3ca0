package bd.udbhabon.decision.internal;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.decision.Decision;
import bd.udbhabon.decision.Decisions;
import bd.udbhabon.decision.Rate;
import bd.udbhabon.office.Office;
import bd.udbhabon.report.ReportSection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The decisions' section of the annual report (issue 16, point 1): the decisions the team took in the year and their
 * implementation as of the year's end, and the implementation rate at each quarter's end (of the year's decisions
 * taken by then) as a chart, as seed 003 states rates.
 */
@Component
class DecisionReportSection implements ReportSection {

    private static final String[] QUARTERS = {"প্রথম", "দ্বিতীয়", "তৃতীয়", "চতুর্থ"};
    private static final String[] QUARTERS_EN = {"First", "Second", "Third", "Fourth"};

    private final Decisions decisions;

    DecisionReportSection(Decisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public Optional<Part> draft(Office office, FiscalYear year, LocalDate today) {
        List<Decision> taken = inYear(year, year.end(), year.end(), office.id());
        if (taken.isEmpty()) {
            return Optional.empty();
        }
        Rate rate = Rate.ofDecisions(taken);
        List<Bar> chart = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            LocalDate end = year.quarterEnd(q);
            Rate quarter = Rate.ofDecisions(inYear(year, end, end, office.id()));
            chart.add(new Bar(QUARTERS[q - 1] + " ত্রৈমাসিক শেষে বাস্তবায়নের হার", QUARTERS_EN[q - 1] + " quarter's end: implementation rate",
                    quarter.percent().orElse(0)));
        }
        String text = "অর্থবছরে " + bn(rate.taken()) + "টি সিদ্ধান্ত গৃহীত হয়; তন্মধ্যে " + bn(rate.implemented())
                + "টি বাস্তবায়িত, " + bn(rate.inProgress()) + "টি বাস্তবায়নাধীন। "
                + rate.percent().stream().mapToObj(p -> "অর্থবছর শেষে সিদ্ধান্ত বাস্তবায়নের হার " + bn(p) + "%।").findFirst().orElse("");
        return Optional.of(new Part("decisions", "সিদ্ধান্ত ও বাস্তবায়ন", "Decisions and their implementation", text.strip(),
                List.of(new Figure("গৃহীত সিদ্ধান্ত", "Decisions taken", rate.taken(), null),
                        new Figure("বাস্তবায়িত (মেয়াদোত্তীর্ণের মধ্যে)", "Implemented (of those due)", rate.implemented(), (long) rate.due()),
                        new Figure("বাস্তবায়নাধীন", "In progress", rate.inProgress(), null),
                        new Figure("শুরু হয়নি", "Not started", rate.notStarted(), null),
                        new Figure("বাতিল", "Dropped", rate.dropped(), null)),
                chart));
    }

    private List<Decision> inYear(FiscalYear year, LocalDate takenBy, LocalDate asOf, long officeId) {
        return decisions.ofOffice(officeId, asOf).stream()
                .filter(d -> !d.takenOn().isBefore(year.start()) && !d.takenOn().isAfter(takenBy)).toList();
    }

    private static String bn(long n) {
        return BanglaDigits.toBangla(n);
    }
}
