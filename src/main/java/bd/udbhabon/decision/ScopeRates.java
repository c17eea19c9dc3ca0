package bd.udbhabon.decision;

import java.util.List;

/**
 * The implementation of decisions in an office's scope (the office and every office below it in
 * both hierarchies) on a day: the whole scope, and each office directly below with its own scope.
 */
public record ScopeRates(Rate rate, int overdue, List<OfficeRate> below) {

    public ScopeRates {
        below = List.copyOf(below);
    }

    /** An office directly below, over its own scope. */
    public record OfficeRate(long officeId, String nameBn, String nameEn, Rate rate, int overdue) {

        public String name(boolean bangla) {
            return bangla || nameEn == null ? nameBn : nameEn;
        }
    }
}
