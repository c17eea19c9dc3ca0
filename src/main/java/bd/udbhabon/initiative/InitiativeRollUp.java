package bd.udbhabon.initiative;

import bd.udbhabon.bangla.Bilingual;
import bd.udbhabon.office.OfficeLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The initiatives of an office's scope (itself and every office below it in either hierarchy, {@code office_scope})
 * counted (issue 15, point 9): by stage, kind and the level of the office they belong to, the citizen's savings a
 * year from their TCV, the replications of them, the services register; and the offices directly below, each over
 * its own scope. Read from the tally V46 keeps in step with every write.
 */
public interface InitiativeRollUp {

    /** The figures of a set of initiatives and services; a figure none of them has is zero. */
    record Figures(Map<String, BigDecimal> values) {

        public static final Figures NONE = new Figures(Map.of());

        public Figures {
            values = Collections.unmodifiableMap(new TreeMap<>(values));
        }

        private BigDecimal of(String figure) {
            return values.getOrDefault(figure, BigDecimal.ZERO);
        }

        public long stage(Stage stage) {
            return of("stage:" + stage.name()).longValue();
        }

        public long kind(InitiativeKind kind) {
            return of("kind:" + kind.name()).longValue();
        }

        /** Every initiative, whatever its stage. */
        public long total() {
            long n = 0;
            for (Stage s : Stage.values()) {
                n += stage(s);
            }
            return n;
        }

        /** Under way: running or being scaled up ({@link Stage#running()}). */
        public long running() {
            long n = 0;
            for (Stage s : Stage.values()) {
                n += s.running() ? stage(s) : 0;
            }
            return n;
        }

        /** Replications, by any office, of these initiatives. */
        public long replicated() {
            return of("replicated").longValue();
        }

        /** Initiatives with their TCV measured, not stopped: those whose savings are counted. */
        public long measured() {
            return of("tcv:measured").longValue();
        }

        /** The citizen's days saved a year (negative where the after is worse). */
        public BigDecimal daysSaved() {
            return of("tcv:time");
        }

        public BigDecimal takaSaved() {
            return of("tcv:cost");
        }

        public long visitsSaved() {
            return of("tcv:visits").longValue();
        }

        public long services() {
            return of("service:total").longValue();
        }

        public long servicesRunning() {
            return of("service:running").longValue();
        }

        public Figures plus(Figures other) {
            Map<String, BigDecimal> sum = new TreeMap<>(values);
            other.values.forEach((k, v) -> sum.merge(k, v, BigDecimal::add));
            return new Figures(sum);
        }
    }

    /** An office directly below, its scope counted. */
    record Below(long officeId, OfficeLevel level, String nameBn, String nameEn, int childCount, Figures figures)
            implements Bilingual {
    }

    /** An office's roll-up: its whole scope, by the level of the offices, and the offices directly below. */
    record RollUp(long officeId, Map<OfficeLevel, Figures> byLevel, List<Below> below) {

        public Figures total() {
            return byLevel.values().stream().reduce(Figures.NONE, Figures::plus);
        }
    }

    /** One initiative of the scope as the export lists it. */
    record Row(long initiativeId, long officeId, OfficeLevel level, String officeBn, String officeEn, InitiativeKind kind,
               String titleBn, String titleEn, Stage stage, LocalDate stageSince, Long replicatedFromId, Tcv tcv) {
    }

    RollUp rollUp(long officeId);

    /** Every initiative of the office's scope, by level, office (Bangla name) and id. */
    void forEachInitiative(long officeId, Consumer<Row> consumer);
}
