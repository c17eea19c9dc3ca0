package bd.udbhabon.team;

import bd.udbhabon.office.OfficeLevel;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Cabinet Division notification (প্রজ্ঞাপন) on innovation teams: from when it is in force, how
 * often teams meet, their duties (কার্যপরিধি) and, per office level, the composition rules it states.
 * A level without rules is one the notification does not speak of.
 */
public record Notification(long id, String titleBn, String titleEn, String memoNumber, LocalDate issuedOn,
                           LocalDate effectiveFrom, Cadence cadence, List<String> duties,
                           Map<OfficeLevel, LevelRules> levels) {

    public Notification {
        duties = List.copyOf(duties);
        levels = Map.copyOf(levels);
    }

    public Optional<LevelRules> rules(OfficeLevel level) {
        return Optional.ofNullable(levels.get(level));
    }

    public String title(boolean bangla) {
        return bangla ? titleBn : titleEn;
    }
}
