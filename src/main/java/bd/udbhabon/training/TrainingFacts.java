package bd.udbhabon.training;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the other modules count of trainings: the action plan's system measures (an office's trainings,
 * workshops or learning sessions held in a quarter, with their days for the source words) and the roll-ups
 * over an office's subtree ({@code office_scope}). A training counts on its first day ({@code held_on}).
 */
public interface TrainingFacts {

    /** One held: its first day, how many days, the topic, how many took part. */
    record Held(long id, TrainingKind kind, LocalDate heldOn, int days, String topicBn, int participants) {
    }

    /**
     * Over a set of offices: how many of each kind were held, their days added up and the participants (an
     * officer or guest in each training counted once per training).
     */
    record Tally(Map<TrainingKind, Long> held, long days, long participants) {

        public static final Tally NONE = new Tally(Map.of(), 0, 0);

        public Tally {
            held = Map.copyOf(held);
        }

        public long held(TrainingKind kind) {
            return held.getOrDefault(kind, 0L);
        }

        public long total() {
            return held.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The office's own of {@code kind} whose first day is in {@code from..to} (both included), oldest first. */
    List<Held> held(long officeId, TrainingKind kind, LocalDate from, LocalDate to);

    /** The office and every office below it in either hierarchy, first days in {@code from..to} (either null: open). */
    Tally inScope(long officeId, LocalDate from, LocalDate to);

    /** For each of these offices, its own scope's tally (the roll-up's offices directly below); none held: {@link Tally#NONE}. */
    Map<Long, Tally> inScopes(Collection<Long> officeIds, LocalDate from, LocalDate to);
}
