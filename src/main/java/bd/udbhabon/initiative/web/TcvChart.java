package bd.udbhabon.initiative.web;

import bd.udbhabon.initiative.Tcv;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The before/after bar chart of a TCV as the page draws it in SVG (no script): three pairs of bars, time,
 * cost and visits, each pair on its own scale (days, taka and visits do not share one), the larger of the
 * two as tall as the plot. A value above zero is never drawn flat. The table after the chart says the same.
 */
public record TcvChart(List<Pair> pairs) {

    public static final int WIDTH = 480;
    public static final int HEIGHT = 230;
    /** The bars stand on this line; labels go below it. */
    public static final int BASELINE = 180;
    /** The tallest bar. */
    public static final int PLOT = 140;
    public static final int BAR = 44;
    public static final int GROUP = 160;
    /** The least height of a bar whose value is above zero. */
    public static final int MIN_BAR = 2;

    /** One measure: its message key, both values, their bars' heights and the group's left edge. */
    public record Pair(String measure, BigDecimal before, BigDecimal after, int beforeHeight, int afterHeight, int x) {

        public int beforeX() {
            return x + (GROUP - 2 * BAR - 8) / 2;
        }

        public int afterX() {
            return beforeX() + BAR + 8;
        }

        public int centre() {
            return x + GROUP / 2;
        }

        public boolean loss() {
            return after.compareTo(before) > 0;
        }
    }

    public static TcvChart of(Tcv tcv) {
        return new TcvChart(List.of(
                pair("initiative.tcv.time", tcv.timeBefore(), tcv.timeAfter(), 0),
                pair("initiative.tcv.cost", tcv.costBefore(), tcv.costAfter(), 1),
                pair("initiative.tcv.visits", BigDecimal.valueOf(tcv.visitsBefore()), BigDecimal.valueOf(tcv.visitsAfter()), 2)));
    }

    private static Pair pair(String measure, BigDecimal before, BigDecimal after, int index) {
        BigDecimal top = before.max(after);
        return new Pair(measure, before, after, height(before, top), height(after, top), index * GROUP);
    }

    static int height(BigDecimal value, BigDecimal top) {
        if (value.signum() <= 0 || top.signum() <= 0) {
            return 0;
        }
        int height = value.multiply(BigDecimal.valueOf(PLOT)).divide(top, 0, RoundingMode.HALF_UP).intValue();
        return Math.max(MIN_BAR, height);
    }
}
