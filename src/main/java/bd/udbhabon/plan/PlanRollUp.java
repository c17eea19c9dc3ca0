package bd.udbhabon.plan;

import bd.udbhabon.bangla.Bilingual;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.OfficeLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The chain upward (issue 14, point 5): for a superior, every office below it in both hierarchies
 * ({@code office_scope}) and where each stands for a quarter ({@link RollUpState}), with the score its
 * report carried; counted per state, per level and per office directly below. Nothing outside the
 * superior's scope is read.
 */
public interface PlanRollUp {

    /** How many offices stand in each state. */
    record Tally(Map<RollUpState, Long> counts) {

        public static final Tally NONE = new Tally(Map.of());

        public Tally {
            EnumMap<RollUpState, Long> copy = new EnumMap<>(RollUpState.class);
            for (RollUpState state : RollUpState.values()) {
                copy.put(state, counts.getOrDefault(state, 0L));
            }
            counts = Collections.unmodifiableMap(copy);
        }

        public long of(RollUpState state) {
            return counts.get(state);
        }

        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Reports the superiors have in hand: submitted (late or not), returned, accepted. */
        public long received() {
            return RollUpState.RECEIVED.stream().mapToLong(this::of).sum();
        }

        public Tally plus(Tally other) {
            EnumMap<RollUpState, Long> sum = new EnumMap<>(RollUpState.class);
            for (RollUpState state : RollUpState.values()) {
                sum.put(state, of(state) + other.of(state));
            }
            return new Tally(sum);
        }
    }

    /**
     * One office's standing for the quarter.
     *
     * @param superiorId  where its reports go ({@code ReportingLine}), null for the Cabinet Division
     * @param submittedOn the day (Dhaka) of its latest submission, null when none
     * @param score       the plan's score to date its report carried, null when none
     * @param scoreRule   the rule that score was computed by
     */
    record OfficeReport(long officeId, OfficeLevel level, String nameBn, String nameEn, Long superiorId, String superiorBn,
                        String superiorEn, RollUpState state, boolean late, LocalDate submittedOn, BigDecimal score,
                        ScoreRule scoreRule, Long reportId) implements Bilingual {

        public String superior(boolean bangla) {
            return superiorBn == null ? "" : bangla || superiorEn == null ? superiorBn : superiorEn;
        }
    }

    /**
     * An office directly below (in either hierarchy), the offices below it counted.
     *
     * @param reportsHere whether its reports come to the superior asking (else they go up its line)
     */
    record Child(OfficeReport office, boolean reportsHere, Tally below) {
    }

    /**
     * A superior's page: its own standing (null for the Cabinet Division, which reports to no one), the
     * offices of its scope counted per level, and the offices directly below, those reporting to it first.
     */
    record RollUp(long officeId, FiscalYear year, int quarter, LocalDate dueOn, OfficeReport own,
                  Map<OfficeLevel, Tally> byLevel, List<Child> children) {

        public Tally total() {
            return byLevel.values().stream().reduce(Tally.NONE, Tally::plus);
        }

        /** The offices reporting to this one whose report it has not received (seed 004: "পাওয়া যায়নি"). */
        public List<OfficeReport> notReceived() {
            return children.stream().filter(c -> c.reportsHere() && !c.office().state().received()).map(Child::office).toList();
        }

        public long reportingHere() {
            return children.stream().filter(Child::reportsHere).count();
        }
    }

    record Listing(List<OfficeReport> items, long total, int page, int size) {

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }

        public long pageCount() {
            return Math.max(1, (total + size - 1) / size);
        }
    }

    RollUp rollUp(long officeId, FiscalYear year, int quarter);

    /** One office's own standing for the quarter. */
    Optional<OfficeReport> office(long officeId, FiscalYear year, int quarter);

    /** The offices of the scope (not the office itself) in one state, by level and Bangla name. */
    Listing withState(long officeId, FiscalYear year, int quarter, RollUpState state, int page, int size);

    /** Every office of the scope, as {@link #withState} orders them, one by one (for the exports). */
    void forEachInScope(long officeId, FiscalYear year, int quarter, Consumer<OfficeReport> consumer);

    /** The quarter's report deadline by the APA calendar ({@code plan_deadline}). */
    LocalDate dueOn(FiscalYear year, int quarter);
}
