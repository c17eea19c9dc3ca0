package bd.udbhabon.people;

import java.time.LocalDate;

/**
 * An officer holding a post from one day to another, both days included.
 *
 * @param until            the last day the post was held; null while it is still held
 * @param additionalCharge held as an additional charge (অতিরিক্ত দায়িত্ব) beside the officer's own
 *                         post; only then may an officer hold two posts at once
 */
public record Holding(long postId, long officerId, LocalDate from, LocalDate until, boolean additionalCharge) {

    /** Whether the post was held on {@code date}. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (until == null || !date.isAfter(until));
    }
}
