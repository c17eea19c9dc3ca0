package bd.udbhabon.initiative.web;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.initiative.Tcv;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The TCV chart's bars, pure (issue 15, point 2): each measure on its own scale, a value above zero never flat. */
class TcvChartTest {

    static Tcv tcv(String timeBefore, String timeAfter, String costBefore, String costAfter, int visitsBefore, int visitsAfter) {
        return new Tcv(new BigDecimal(timeBefore), new BigDecimal(timeAfter), new BigDecimal(costBefore), new BigDecimal(costAfter),
                visitsBefore, visitsAfter, 1000, LocalDate.of(2025, 1, 1));
    }

    @Test
    void theLargerOfEachPairIsFullHeightTheOtherInProportion() {
        TcvChart chart = TcvChart.of(tcv("15", "3", "1200", "300", 4, 1));
        var time = chart.pairs().get(0);
        var cost = chart.pairs().get(1);
        var visits = chart.pairs().get(2);
        assertThat(time.measure()).isEqualTo("initiative.tcv.time");
        assertThat(time.beforeHeight()).isEqualTo(TcvChart.PLOT);
        assertThat(time.afterHeight()).isEqualTo(28); // 3/15 of 140
        assertThat(cost.afterHeight()).isEqualTo(35);  // 300/1200 of 140
        assertThat(visits.afterHeight()).isEqualTo(35);
        assertThat(time.loss()).isFalse();
        assertThat(visits.x()).isEqualTo(2 * TcvChart.GROUP);
        assertThat(time.afterX()).isGreaterThan(time.beforeX() + TcvChart.BAR).isLessThan(TcvChart.GROUP - TcvChart.BAR + 1);
    }

    @Test
    void aLossIsTheTallerAfterBarZeroIsFlatAndATinyValueStillShows() {
        TcvChart chart = TcvChart.of(tcv("2", "5", "0", "0", 1000, 1));
        assertThat(chart.pairs().get(0).loss()).isTrue();
        assertThat(chart.pairs().get(0).afterHeight()).isEqualTo(TcvChart.PLOT);
        assertThat(chart.pairs().get(0).beforeHeight()).isEqualTo(56);
        assertThat(chart.pairs().get(1).beforeHeight()).isZero();
        assertThat(chart.pairs().get(1).afterHeight()).isZero();
        assertThat(chart.pairs().get(2).afterHeight()).isEqualTo(TcvChart.MIN_BAR);
    }
}
