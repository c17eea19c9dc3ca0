package bd.udbhabon.plan.internal;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.Office;
import bd.udbhabon.plan.ActionPlan;
import bd.udbhabon.plan.Plans;
import bd.udbhabon.plan.Scores;
import bd.udbhabon.report.ReportSection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The action plan's section of the annual report (issue 16, point 1): the year's plan, its achievement (indicators that
 * reached a target column) and its score at the year's end, the score to each quarter's end as a chart (in percent of
 * the plan's total weight), and the quarterly reports sent upward.
 */
@Component
class PlanReportSection implements ReportSection {

    private static final String[] QUARTERS = {"প্রথম", "দ্বিতীয়", "তৃতীয়", "চতুর্থ"};
    private static final String[] QUARTERS_EN = {"First", "Second", "Third", "Fourth"};

    private final Plans plans;
    private final PlanScores scores;
    private final JdbcClient jdbc;

    PlanReportSection(Plans plans, PlanScores scores, JdbcClient jdbc) {
        this.plans = plans;
        this.scores = scores;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public Optional<Part> draft(Office office, FiscalYear year, LocalDate today) {
        Optional<ActionPlan> found = plans.find(office.id(), year);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ActionPlan plan = found.get();
        Scores.PlanScore whole = scores.toDate(plan, 4);
        long indicators = whole.sections().stream().mapToLong(s -> s.indicators().size()).sum();
        long reached = whole.sections().stream().flatMap(s -> s.indicators().stream()).filter(i -> i.reached() != null).count();
        List<Bar> chart = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            chart.add(new Bar(QUARTERS[q - 1] + " ত্রৈমাসিক পর্যন্ত অর্জিত নম্বর (%)", QUARTERS_EN[q - 1] + " quarter: score to date (%)",
                    percent(scores.toDate(plan, q))));
        }
        int sent = jdbc.sql("select count(*) from plan_report where plan_id = ? and status in ('SUBMITTED', 'ACCEPTED')")
                .param(plan.id()).query(Integer.class).single();
        boolean issued = plan.current().status() == ActionPlan.Status.ISSUED;
        String text = "অর্থবছরের ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা " + (issued ? "জারি করা হয়েছে" : "জারি করা হয়নি")
                + "। " + bn(indicators) + "টি সূচকের মধ্যে " + bn(reached) + "টিতে লক্ষ্যমাত্রা অর্জিত হয়েছে; অর্থবছর শেষে মোট "
                + number(whole.totalWeight()) + " নম্বরের মধ্যে অর্জিত নম্বর " + number(whole.score()) + "। "
                + bn(sent) + "টি ত্রৈমাসিক প্রতিবেদন ঊর্ধ্বতন কার্যালয়ে প্রেরণ করা হয়েছে।";
        return Optional.of(new Part("plan", "ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা", "The e-governance and innovation action plan", text,
                List.of(new Figure("লক্ষ্যমাত্রা অর্জিত সূচক", "Indicators on target", reached, indicators),
                        new Figure("অর্জিত নম্বর (পূর্ণসংখ্যায়)", "Score (rounded)", round(whole.score()), round(whole.totalWeight())),
                        new Figure("প্রেরিত ত্রৈমাসিক প্রতিবেদন", "Quarterly reports sent", sent, 4L)),
                chart));
    }

    private static double percent(Scores.PlanScore score) {
        if (score.totalWeight() == null || score.totalWeight().signum() == 0 || score.score() == null) {
            return 0;
        }
        return score.score().multiply(BigDecimal.valueOf(100)).divide(score.totalWeight(), 1, RoundingMode.HALF_UP).doubleValue();
    }

    private static long round(BigDecimal value) {
        return value == null ? 0 : value.setScale(0, RoundingMode.HALF_UP).longValue();
    }

    private static String number(BigDecimal value) {
        return value == null ? "০" : BanglaDigits.toBangla(value.stripTrailingZeros().toPlainString());
    }

    private static String bn(long n) {
        return BanglaDigits.toBangla(n);
    }
}
