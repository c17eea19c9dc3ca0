package bd.udbhabon.showcase.web;

import bd.udbhabon.shell.FormText;
import bd.udbhabon.showcase.internal.ShowcaseRules;
import java.util.List;

/** The showcase page's set-up forms, each bound by Spring into its record. */
final class SetupForms {

    private SetupForms() {
    }

    /** The criteria as rows ({@code criteria[0].nameBn}, {@code .weight}, {@code .maxScore}); blank rows are left out. */
    record Criteria(List<ShowcaseRules.CriterionRow> criteria) {

        Criteria {
            criteria = criteria == null ? List.of() : criteria;
        }
    }

    /** An initiative entered (from the office's and the offices below's, found by {@code q} on the page). */
    record Entry(Long initiativeId) {
    }

    /** A judge: one of the office's people with an account, or any account by its user name; the designation printed. */
    record Judge(String username, Long accountId, @FormText(max = 300) String designationBn) {
    }

    /** The entries chosen as the best. */
    record Selection(List<Long> selected) {
    }

    /** A judge's scores for one entry: per criterion its id and the score as typed (Bangla or Latin digits). */
    record Score(Long entryId, List<ScoreRow> scores) {

        Score {
            scores = scores == null ? List.of() : scores;
        }
    }

    record ScoreRow(Long criterionId, String score) {
    }
}
