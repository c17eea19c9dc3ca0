package bd.udbhabon.inbox;

import java.time.LocalDate;
import java.util.List;

/**
 * What offices should have sent upward by now and have not: every team not yet re-formed or not reported under the
 * notification in force, minutes of meetings held but not issued, quarterly and annual reports not sent. The module
 * that owns the facts declares one bean of this type; the inbox lists them for a superior over its subtree.
 */
public interface ExpectedItems {

    /** What is missing in {@code ancestorId}'s scope (itself and every office below it) as of {@code today}. */
    List<Expected> missing(long ancestorId, LocalDate today);

    /** One thing expected from an office: its kind ("team-order"), what it is, since when it is due, where to see it. */
    record Expected(long officeId, String kind, String titleBn, String titleEn, LocalDate dueOn, String link)
            implements bd.udbhabon.bangla.Bilingual {

        @Override
        public String nameBn() {
            return titleBn;
        }

        @Override
        public String nameEn() {
            return titleEn;
        }
    }
}
