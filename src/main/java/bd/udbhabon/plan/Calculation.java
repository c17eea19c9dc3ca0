package bd.udbhabon.plan;

import bd.udbhabon.bangla.Bilingual;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * How an indicator's quarters make the figure to date and the year's: the APA's সমষ্টি, গড়, তারিখ and
 * ক্রমপুঞ্জিভূত. Quarters not reported are null and count for nothing (an average is of the quarters
 * reported). A day is given as its epoch day ({@link Quantity#ofDate}).
 */
public enum Calculation implements Bilingual {
    /** What each quarter did, added up (workshops held). */
    SUM("সমষ্টি", "Sum"),
    /** The mean of the quarters reported (the e-file disposal rate). */
    AVERAGE("গড়", "Average"),
    /** The day it was done: the earliest day reported. */
    DATE("তারিখ", "Date"),
    /** Each quarter reports the running total to date: the latest reported quarter's figure. */
    CUMULATIVE("ক্রমপুঞ্জিভূত", "Cumulative");

    private final String nameBn;
    private final String nameEn;

    Calculation(String nameBn, String nameEn) {
        this.nameBn = nameBn;
        this.nameEn = nameEn;
    }

    /** The year's figure from its (up to four) quarters, or null when none was reported. */
    public BigDecimal annual(List<BigDecimal> quarters) {
        return through(quarters, quarters.size());
    }

    /** The figure to the end of quarter {@code quarter} (1-4) from the quarters so far; null if none reported. */
    public BigDecimal through(List<BigDecimal> quarters, int quarter) {
        if (quarter < 1 || quarter > 4 || quarters.size() > 4) {
            throw new IllegalArgumentException("quarters 1-4, got " + quarter + " of " + quarters.size());
        }
        List<BigDecimal> reported = quarters.subList(0, Math.min(quarter, quarters.size())).stream()
                .filter(Objects::nonNull).toList();
        if (reported.isEmpty()) {
            return null;
        }
        return switch (this) {
            case SUM -> reported.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case AVERAGE -> reported.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(reported.size()), 2, RoundingMode.HALF_UP);
            case DATE -> reported.stream().min(BigDecimal::compareTo).orElseThrow();
            case CUMULATIVE -> reported.getLast();
        };
    }

    @Override
    public String nameBn() {
        return nameBn;
    }

    @Override
    public String nameEn() {
        return nameEn;
    }
}
