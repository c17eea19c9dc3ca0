package bd.udbhabon.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.showcase.Ranking.Criterion;
import bd.udbhabon.showcase.Ranking.Place;
import bd.udbhabon.showcase.Ranking.Score;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ranking (issue 15, point 5), pure: weighted totals out of 100, averaged over the judges who scored, ties as equal ranks. */
class RankingTest {

    // innovation 60 (out of 10), usefulness 40 (out of 20)
    private static final List<Criterion> CRITERIA = List.of(new Criterion(1, new BigDecimal("60"), 10), new Criterion(2, new BigDecimal("40"), 20));

    private static List<Score> judge(long judge, long entry, String innovation, String usefulness) {
        return List.of(new Score(judge, entry, 1, new BigDecimal(innovation)), new Score(judge, entry, 2, new BigDecimal(usefulness)));
    }

    @Test
    void equalTotalsShareARankAndTheNextRankSkips() {
        List<Score> scores = new ArrayList<>();
        scores.addAll(judge(1, 10, "9", "18"));   // 54 + 36 = 90
        scores.addAll(judge(1, 20, "8", "16"));   // 48 + 32 = 80
        scores.addAll(judge(1, 30, "6", "20"));   // 36 + 40 = 76 ... judge 2 lifts it
        scores.addAll(judge(2, 30, "10", "12"));  // 60 + 24 = 84; average (76 + 84) / 2 = 80
        scores.addAll(judge(1, 40, "5", "10"));   // 30 + 20 = 50

        List<Place> places = Ranking.rank(CRITERIA, List.of(10L, 20L, 30L, 40L), scores);

        assertThat(places).extracting(Place::entryId).containsExactly(10L, 20L, 30L, 40L);
        assertThat(places).extracting(Place::rank).containsExactly(1, 2, 2, 4);
        assertThat(places).extracting(p -> p.total().toPlainString()).containsExactly("90.00", "80.00", "80.00", "50.00");
        assertThat(places).extracting(Place::judges).containsExactly(1, 1, 2, 1);
    }

    @Test
    void aHigherTotalRanksFirstWhateverTheOrderEnteredAndAnUnscoredEntryComesLastWithoutARank() {
        List<Score> scores = new ArrayList<>();
        scores.addAll(judge(1, 10, "5", "10"));  // 50
        scores.addAll(judge(1, 20, "10", "20")); // 100
        scores.addAll(judge(2, 20, "0", "0"));   // 0: average 50, equal to entry 10

        List<Place> places = Ranking.rank(CRITERIA, List.of(30L, 10L, 20L), scores);

        assertThat(places).extracting(Place::entryId).containsExactly(10L, 20L, 30L);
        assertThat(places).extracting(Place::rank).containsExactly(1, 1, null);
        assertThat(places.get(2).ranked()).isFalse();
        assertThat(places.get(2).total()).isNull();
    }
}
