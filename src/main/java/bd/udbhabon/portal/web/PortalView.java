package bd.udbhabon.portal.web;

import bd.udbhabon.document.BarChart;
import bd.udbhabon.document.SvgBarChart;
import bd.udbhabon.office.Office;
import bd.udbhabon.portal.Completeness;
import bd.udbhabon.shell.Ui;
import java.math.BigDecimal;
import java.util.List;

/** What the portal pages print: rates as the minutes do ("৯২%"), and the chart of the offices below. */
public final class PortalView {

    private PortalView() {
    }

    /** One office directly below with its completeness. */
    public record Row(Office office, Completeness completeness) {
    }

    /** "৯২%" in the page's digits, or a dash when nothing is asked. */
    public static String percent(Ui ui, BigDecimal rate) {
        return rate == null ? "—" : ui.digits(rate.toPlainString()) + "%";
    }

    /** The own rate with its count: "১০০% (৮টির মধ্যে ৮টি)". */
    public static String own(Ui ui, Completeness c) {
        return c.items() == 0 ? "—" : percent(ui, c.ownRate()) + " " + ui.t("portal.count", ui.num(c.ownDone()), ui.num(c.items()));
    }

    /** The chart of the offices below: each office's rate over its own offices below, else its own. */
    public static String chart(Ui ui, List<Row> rows) {
        List<BarChart.Bar> bars = rows.stream().map(r -> {
            BigDecimal rate = r.completeness().officesBelow() > 0 ? r.completeness().belowRate() : r.completeness().ownRate();
            return new BarChart.Bar(r.office().name(ui.bangla()), percent(ui, rate), rate == null ? 0 : rate.doubleValue());
        }).toList();
        return SvgBarChart.render(new BarChart(ui.t("portal.chart"), bars, 100));
    }
}
