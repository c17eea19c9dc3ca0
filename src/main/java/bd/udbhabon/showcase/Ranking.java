package bd.udbhabon.showcase;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A showcase's ranking, pure: an entry's total is, for each judge who scored it, the sum over the criteria of
 * score ÷ the criterion's maximum × its weight (the weights add up to 100, so a total is out of 100), averaged
 * over those judges; rounded to two decimals. Equal totals share a rank and the next rank skips
 * (১, ২, ২, ৪). An entry no judge scored has no rank and comes last, in the order given.
 */
public final class Ranking {

    private Ranking() {
    }

    public record Criterion(long id, BigDecimal weight, int maxScore) {
    }

    public record Score(long judgeId, long entryId, long criterionId, BigDecimal score) {
    }

    /** An entry's place: its rank (null: not scored yet), total out of 100 and how many judges scored it. */
    public record Place(long entryId, Integer rank, BigDecimal total, int judges) {

        public boolean ranked() {
            return rank != null;
        }
    }

    public static List<Place> rank(List<Criterion> criteria, List<Long> entryIds, List<Score> scores) {
        Map<Long, Criterion> byId = new LinkedHashMap<>();
        criteria.forEach(c -> byId.put(c.id(), c));
        // entry -> judge -> weighted sum
        Map<Long, Map<Long, BigDecimal>> sums = new LinkedHashMap<>();
        for (Score s : scores) {
            Criterion c = byId.get(s.criterionId());
            if (c == null) {
                continue;
            }
            BigDecimal part = s.score().multiply(c.weight()).divide(BigDecimal.valueOf(c.maxScore()), MathContext.DECIMAL64);
            sums.computeIfAbsent(s.entryId(), e -> new LinkedHashMap<>()).merge(s.judgeId(), part, BigDecimal::add);
        }
        List<Place> scored = new ArrayList<>();
        List<Place> unscored = new ArrayList<>();
        for (long entry : entryIds) {
            Map<Long, BigDecimal> byJudge = sums.get(entry);
            if (byJudge == null || byJudge.isEmpty()) {
                unscored.add(new Place(entry, null, null, 0));
                continue;
            }
            BigDecimal total = byJudge.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(byJudge.size()), MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
            scored.add(new Place(entry, null, total, byJudge.size()));
        }
        scored.sort(Comparator.comparing(Place::total).reversed()); // stable: equal totals keep the entries' order
        List<Place> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Place p = scored.get(i);
            // competition ranking: one more than the number of entries with a higher total
            int rank = i > 0 && p.total().compareTo(scored.get(i - 1).total()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Place(p.entryId(), rank, p.total(), p.judges()));
        }
        ranked.addAll(unscored);
        return List.copyOf(ranked);
    }
}
