package bd.udbhabon.supervision.web;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.document.BarChart;
import bd.udbhabon.document.SvgBarChart;
import bd.udbhabon.office.Office;
import bd.udbhabon.shell.Ui;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.supervision.OfficeFigures.Measure;
import bd.udbhabon.supervision.internal.Dashboards;
import bd.udbhabon.supervision.internal.Dashboards.Scope;
import bd.udbhabon.supervision.internal.Dashboards.Value;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * What the dashboard page, its print view and its files show: the office's scope and each office directly below
 * with theirs, for a fiscal year's quarter, every measure; a chart of one measure across the offices below and one
 * of the office's scope across the year's quarters, each followed by its table.
 */
public record DashboardView(Ui ui, Office office, FiscalYear year, int quarter, List<Measure> measures, Measure chosen,
                            Row own, List<Row> below, LocalDate rebuiltAsOf) {

    /** An office's scope with its name and whether it has offices below it (a link to its own dashboard). */
    public record Row(Office office, Scope scope) {
    }

    static DashboardView of(Ui ui, Dashboards dashboards, Office office, Function<Collection<Long>, Map<Long, Office>> names,
                            String yearText, String quarterText, String measureKey) {
        LocalDate today = Dhaka.today();
        FiscalYear year;
        try {
            year = yearText == null || yearText.isBlank() ? FiscalYear.of(today) : FiscalYear.parse(yearText);
        } catch (IllegalArgumentException e) {
            throw UserFacingException.badRequest("supervision.error.year", yearText);
        }
        int quarter = quarter(quarterText, year, today);
        List<Measure> measures = dashboards.measures();
        Measure chosen = measures.stream().filter(m -> m.key().equals(measureKey)).findFirst()
                .orElse(measures.stream().filter(Measure::rate).findFirst().orElse(measures.isEmpty() ? null : measures.getFirst()));
        Dashboards.View view = dashboards.view(office.id(), year);
        Collator collator = Collator.getInstance(Locale.of("bn"));
        Map<Long, Office> offices = names.apply(view.below().stream().map(Scope::officeId).toList());
        List<Row> below = new ArrayList<>();
        for (Scope scope : view.below()) {
            Office o = offices.get(scope.officeId());
            if (o != null) {
                below.add(new Row(o, scope));
            }
        }
        below.sort(Comparator.comparing((Row r) -> r.office().level().ordinal())
                .thenComparing(r -> r.office().nameBn(), collator).thenComparing(r -> r.office().id()));
        return new DashboardView(ui, office, year, quarter, measures, chosen, new Row(office, view.own()), below, view.rebuiltAsOf());
    }

    /** The quarter asked ("1"…"4" in either digits), else today's in the current year, the last in a past one, else the first. */
    static int quarter(String text, FiscalYear year, LocalDate today) {
        if (text == null || text.isBlank()) {
            return year.contains(today) ? year.quarterOf(today) : year.end().isBefore(today) ? 4 : 1;
        }
        String latin = BanglaDigits.toLatin(text.strip());
        if (latin.length() == 1 && latin.charAt(0) >= '1' && latin.charAt(0) <= '4') {
            return latin.charAt(0) - '0';
        }
        throw UserFacingException.badRequest("supervision.error.quarter", text);
    }

    public String yearLatin() {
        return year.shortLabelLatin();
    }

    public String query() {
        return "year=" + yearLatin() + "&quarter=" + quarter + (chosen == null ? "" : "&measure=" + chosen.key());
    }

    public String measureName(Measure m) {
        return m.name(ui.bangla());
    }

    /** "৩/৪ (৭৫%)", "৭৫%" for a mean score, "১২" for a count, "—" for nothing. */
    public String text(Scope scope, Measure m) {
        return textAt(scope, m, quarter);
    }

    public String textAt(Scope scope, Measure m, int q) {
        Value v = scope.at(q, m.key());
        if (!m.rate()) {
            return ui.num(v.value());
        }
        if (v.outOf() == 0) {
            return "—";
        }
        String percent = percent(v);
        return m.key().endsWith(".score") ? percent : ui.t("supervision.ofTotal", ui.num(v.value()), ui.num(v.outOf()), percent);
    }

    private String percent(Value v) {
        return ui.num(Math.round(v.percent().orElse(0.0))) + "%";
    }

    /** The value a spreadsheet sorts: the percent for a rate (empty without a total), the count otherwise. */
    public Object cell(Scope scope, Measure m) {
        Value v = scope.at(quarter, m.key());
        if (!m.rate()) {
            return v.value();
        }
        return v.percent().map(p -> (Object) (Math.round(p * 10) / 10.0)).orElse("");
    }

    /** The chosen measure across the offices directly below, as percent for a rate. */
    public String chartBelow() {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (Row row : below) {
            bars.add(bar(row.office().name(ui.bangla()), row.scope(), quarter));
        }
        String title = ui.t("supervision.chart.below", measureName(chosen), ui.t("supervision.quarter." + quarter), ui.digits(yearLatin()));
        return svg(chosen.rate() ? new BarChart(title, bars, 100) : BarChart.of(title, bars));
    }

    /** The chosen measure of the office's scope in each quarter of the year. */
    public String chartQuarters() {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            bars.add(bar(ui.t("supervision.quarter." + q), own.scope(), q));
        }
        String title = ui.t("supervision.chart.quarters", measureName(chosen), ui.digits(yearLatin()));
        return svg(chosen.rate() ? new BarChart(title, bars, 100) : BarChart.of(title, bars));
    }

    private BarChart.Bar bar(String label, Scope scope, int q) {
        Value v = scope.at(q, chosen.key());
        if (chosen.rate()) {
            double p = v.percent().orElse(0.0);
            return new BarChart.Bar(label, v.outOf() == 0 ? "—" : ui.num(Math.round(p)) + "%", p);
        }
        return new BarChart.Bar(label, ui.num(v.value()), v.value());
    }

    /** Drawn on the server; its table follows it on the page, for screen readers and print. */
    private static String svg(BarChart chart) {
        return SvgBarChart.render(chart);
    }

    public String quarterText(int q) {
        return ui.t("supervision.quarter." + q);
    }
}
