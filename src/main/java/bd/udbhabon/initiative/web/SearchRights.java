package bd.udbhabon.initiative.web;

import java.util.List;
import java.util.Map;

/**
 * What the signed-in user may do with what the national search found: open the page of an office whose records
 * they read, adopt into an office they write records of (another than the one found).
 */
public record SearchRights(Map<Long, Boolean> reads, List<Long> writes) {

    public boolean reads(long officeId) {
        return reads.getOrDefault(officeId, false);
    }

    public boolean adopts(long officeId) {
        return writes.stream().anyMatch(o -> o != officeId);
    }
}
