package bd.udbhabon.showcase.internal;

import java.math.BigDecimal;
import java.util.Map;

/** Reaches {@link ShowcaseScoring}'s write past its own checks, so a test sees the database's refusal told as the form's. */
public final class ShowcaseScoringAccess {

    private ShowcaseScoringAccess() {
    }

    public static void insert(ShowcaseScoring scoring, long judgeId, long entryId, long criterionId, String score) {
        scoring.insert(judgeId, entryId, Map.of(criterionId, new BigDecimal(score)));
    }
}
