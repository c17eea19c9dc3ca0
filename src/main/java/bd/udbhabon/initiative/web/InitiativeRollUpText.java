package bd.udbhabon.initiative.web;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.BanglaNumbers;
import bd.udbhabon.initiative.InitiativeRollUp;
import bd.udbhabon.initiative.Stage;
import bd.udbhabon.shell.Ui;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** The roll-up's figures in the page's language: counts and savings grouped (১২,৩৪,৫৬৭), the stage chart's bars. */
public final class InitiativeRollUpText {

    private InitiativeRollUpText() {
    }

    /** A count or an amount, grouped the South Asian way, at most two decimals, in the page's digits. */
    public static String amount(Ui ui, BigDecimal value) {
        BigDecimal v = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        String grouped = BanglaNumbers.groupedDecimal(v.scale() < 0 ? v.setScale(0) : v);
        return ui.bangla() ? grouped : BanglaDigits.toLatin(grouped);
    }

    public static String amount(Ui ui, long value) {
        return amount(ui, BigDecimal.valueOf(value));
    }

    /** One bar of the stage chart: its stage, count, and length in the chart's units (the longest is {@code width}). */
    public record Bar(Stage stage, long count, int length, int y) {
    }

    public static final int BAR_HEIGHT = 22;

    public static List<Bar> stageBars(InitiativeRollUp.Figures figures, int width) {
        long max = 1;
        for (Stage s : Stage.values()) {
            max = Math.max(max, figures.stage(s));
        }
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (Stage s : Stage.values()) {
            long n = figures.stage(s);
            bars.add(new Bar(s, n, (int) Math.round((double) n * width / max), y));
            y += BAR_HEIGHT + 6;
        }
        return bars;
    }
}
