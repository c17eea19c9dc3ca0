package bd.udbhabon.initiative.internal;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.initiative.Stage;
import bd.udbhabon.office.Office;
import bd.udbhabon.report.ReportSection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The initiatives' section of the annual report (issue 16, point 1): the office's initiatives by the stage they stood at
 * on the year's last day (a chart), the citizen's time, cost and visits saved a year by those with a TCV measured by
 * then, and the services register (running of registered).
 */
@Component
class InitiativeReportSection implements ReportSection {

    private final JdbcClient jdbc;

    InitiativeReportSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Savings(BigDecimal days, BigDecimal taka, long visits) {
    }

    private record Services(int registered, int running) {
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public Optional<Part> draft(Office office, FiscalYear year, LocalDate today) {
        Map<Stage, Integer> byStage = new EnumMap<>(Stage.class);
        jdbc.sql("""
                        select s.stage, count(*) as n from initiative i
                        join lateral (select stage from initiative_stage st where st.initiative_id = i.id and st.entered_on <= :end
                                      order by st.entered_on desc, st.id desc limit 1) s on true
                        where i.office_id = :office group by s.stage""")
                .param("office", office.id()).param("end", year.end())
                .query((rs, n) -> byStage.put(Stage.valueOf(rs.getString("stage")), rs.getInt("n"))).list();
        Services services = jdbc.sql("""
                        select count(*)::int as registered, count(*) filter (where running)::int as running
                        from office_service where office_id = ? and created_at::date <= ?""")
                .params(office.id(), year.end()).query(Services.class).single();
        int total = byStage.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0 && services.registered() == 0) {
            return Optional.empty();
        }
        Savings saved = jdbc.sql("""
                        select coalesce(sum((t.time_before - t.time_after) * t.cases_per_year), 0) as days,
                               coalesce(sum((t.cost_before - t.cost_after) * t.cases_per_year), 0) as taka,
                               coalesce(sum((t.visits_before - t.visits_after)::bigint * t.cases_per_year), 0) as visits
                        from initiative_tcv t join initiative i on i.id = t.initiative_id
                        where i.office_id = ? and t.measured_on <= ?""")
                .params(office.id(), year.end()).query(Savings.class).single();
        List<Figure> figures = new ArrayList<>();
        List<Bar> chart = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            int n = byStage.getOrDefault(stage, 0);
            chart.add(new Bar(stage.nameBn(), stage.nameEn(), n));
            if (n > 0) {
                figures.add(new Figure("উদ্যোগ: " + stage.nameBn(), "Initiatives: " + stage.nameEn(), n, null));
            }
        }
        figures.add(new Figure("বছরে সাশ্রয়িত সময় (দিন)", "Citizen's days saved a year", round(saved.days()), null));
        figures.add(new Figure("বছরে সাশ্রয়িত ব্যয় (টাকা)", "Citizen's taka saved a year", round(saved.taka()), null));
        figures.add(new Figure("বছরে সাশ্রয়িত যাতায়াত", "Citizen's visits saved a year", saved.visits(), null));
        figures.add(new Figure("চালু সেবা (নিবন্ধিত সেবার মধ্যে)", "Services running (of registered)", services.running(),
                (long) services.registered()));
        String text = "অর্থবছর শেষে কার্যালয়ের উদ্ভাবনী উদ্যোগ " + bn(total) + "টি, তন্মধ্যে চলমান "
                + bn(byStage.getOrDefault(Stage.RUNNING, 0)) + "টি। টিসিভি অনুযায়ী নাগরিকের বছরে সাশ্রয় হয়েছে প্রায় "
                + bn(round(saved.days())) + " দিন সময়, " + bn(round(saved.taka())) + " টাকা ব্যয় ও " + bn(saved.visits())
                + "টি যাতায়াত। সেবা নিবন্ধনে " + bn(services.registered()) + "টি সেবার মধ্যে " + bn(services.running()) + "টি চালু আছে।";
        return Optional.of(new Part("initiatives", "উদ্ভাবনী উদ্যোগ ও সেবা", "Innovation initiatives and services", text, figures, chart));
    }

    private static long round(BigDecimal value) {
        return value == null ? 0 : value.setScale(0, RoundingMode.HALF_UP).longValue();
    }

    private static String bn(long n) {
        return BanglaDigits.toBangla(n);
    }
}
