package bd.udbhabon.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An office's portal completeness in one quarter, as seed 003 prints it ("পাবনা জেলা নিজ অফিস-১০০% আওতাধীন অফিসের
 * সম্পূর্ণতার হার ৯২%"): its own items done of the checklist's, and those of every office below it in either
 * hierarchy (an office below that answered nothing counts as nothing done).
 *
 * @param items       the quarter's checklist length
 * @param ownDone     the office's own items with a link
 * @param officesBelow the offices below it
 * @param belowDone   their items with a link, together ({@code officesBelow × items} asked)
 */
public record Completeness(long officeId, int items, int ownDone, int officesBelow, long belowDone) {

    public long belowAsked() {
        return (long) officesBelow * items;
    }

    /** The office's own rate in percent, or null when nothing is asked. */
    public BigDecimal ownRate() {
        return rate(ownDone, items);
    }

    /** The offices below's rate in percent, or null when there are none (or nothing is asked). */
    public BigDecimal belowRate() {
        return rate(belowDone, belowAsked());
    }

    /**
     * {@code done} of {@code asked} in percent as the minutes print it: whole (half up), but never a rounded 100 or 0
     * when it is not quite that ("৯৯.৮৭%", as seed 003 prints Sirajganj's), then to two places.
     */
    public static BigDecimal rate(long done, long asked) {
        if (asked <= 0) {
            return null;
        }
        BigDecimal exact = BigDecimal.valueOf(done).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(asked), 10, RoundingMode.HALF_UP);
        BigDecimal whole = exact.setScale(0, RoundingMode.HALF_UP);
        boolean misleading = (whole.intValue() == 100 && done < asked) || (whole.intValue() == 0 && done > 0);
        return misleading ? exact.setScale(2, RoundingMode.DOWN).stripTrailingZeros().max(new BigDecimal("0.01")) : whole;
    }

    /** What is not done, in percent: 100 less the rate, so that the two printed add up to 100. */
    public static BigDecimal missing(BigDecimal rate) {
        return rate == null ? null : BigDecimal.valueOf(100).subtract(rate).stripTrailingZeros().max(BigDecimal.ZERO);
    }
}
