package bd.udbhabon.plan.web;

import bd.udbhabon.plan.IndicatorUnit;
import bd.udbhabon.plan.internal.ProgressSheet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** What the progress page shows beside the sheet: each row as typed (or as stored), and figures in the page's digits. */
public final class ProgressView {

    private ProgressView() {
    }

    /** A row's fields as the form shows them: what was typed, or what is stored. */
    public record Typed(String achieved, String note, String overrideReason) {
    }

    /** The stored entries as the form shows them (a yes/no as its choice, a day day-first, in the page's digits). */
    static List<Typed> stored(ProgressSheet sheet, boolean bangla) {
        List<Typed> typed = new ArrayList<>();
        for (ProgressSheet.Row row : sheet.rows()) {
            var e = row.entry();
            typed.add(e == null ? new Typed("", "", "") : new Typed(figureInput(row.indicator().unit(), e.figure(), bangla),
                    e.noteBn() == null ? "" : e.noteBn(), e.overrideReasonBn() == null ? "" : e.overrideReasonBn()));
        }
        return typed;
    }

    /** The form as typed, row by row in the sheet's order (a row the browser did not send is blank). */
    static List<Typed> typed(ProgressSheet sheet, ProgressForm form) {
        List<Typed> typed = new ArrayList<>();
        for (int i = 0; i < sheet.rows().size(); i++) {
            var r = i < form.rows().size() ? form.rows().get(i) : null;
            typed.add(r == null ? new Typed("", "", "") : new Typed(r.achieved(), r.note(), r.overrideReason()));
        }
        return typed;
    }

    private static String figureInput(IndicatorUnit unit, BigDecimal figure, boolean bangla) {
        if (figure == null) {
            return "";
        }
        if (unit == IndicatorUnit.YES_NO) {
            return figure.signum() > 0 ? "YES" : "NO";
        }
        return PlanText.figure(unit, figure, bangla);
    }

    /** A figure as shown: "৯৭.৭৬%", "৬১", "০৬-০৫-২০২৪"; a yes/no as its choice (YES, NO: the page words it); "—" when none. */
    public static String figure(IndicatorUnit unit, BigDecimal figure, boolean bangla) {
        if (figure == null) {
            return "—";
        }
        return figureInput(unit, figure, bangla);
    }

    /** A score to two decimals in the page's digits: "১২.১০". */
    public static String score(BigDecimal score, boolean bangla) {
        return PlanText.digits(score.setScale(2, RoundingMode.HALF_UP).toPlainString(), bangla);
    }
}
