package bd.udbhabon.team;

import bd.udbhabon.office.OfficeLevel;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The compliance view over an office and every office below it in either hierarchy (its scope),
 * read from {@code team_compliance} in one query each. Only the levels that form teams count; an
 * office with no row has no team. No access checks: the web layer checks the office first.
 */
public interface TeamCompliance {

    /** The levels whose offices form teams. Not the Cabinet Division, not other offices (they lend members). */
    Set<OfficeLevel> COUNTED = Set.of(OfficeLevel.MINISTRY, OfficeLevel.DIRECTORATE, OfficeLevel.DIVISION,
            OfficeLevel.DISTRICT, OfficeLevel.UPAZILA);

    /** A child of the office (administrative or line) with its own verdict and the tally of its own scope. */
    record Child(OfficeCompliance office, ComplianceTally scope) {
    }

    /** A page of offices. */
    record Listing(List<OfficeCompliance> items, long total, int page, int size) {
        public Listing {
            items = List.copyOf(items);
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }

        public long pageCount() {
            return Math.max(1, (total + size - 1) / size);
        }
    }

    /** Per counted level present in the scope, from the top level down. */
    Map<OfficeLevel, ComplianceTally> tallies(long officeId);

    /** The office's own row; empty for an unknown office. */
    Optional<OfficeCompliance> office(long officeId);

    /** The office's direct children that are counted or have counted offices below them, with their scopes' tallies. */
    List<Child> children(long officeId);

    /** The counted offices in scope with this verdict, by level and Bangla name. */
    Listing withVerdict(long officeId, Verdict verdict, int page, int size);

    /** Every counted office in scope, by level and Bangla name, one at a time (exports). */
    void forEachInScope(long officeId, Consumer<OfficeCompliance> row);
}
