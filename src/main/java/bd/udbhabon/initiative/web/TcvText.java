package bd.udbhabon.initiative.web;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.BanglaNumbers;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the TCV pages write figures: in the page's digits, grouped by lakh and crore, two decimals at most. */
public final class TcvText {

    private TcvText() {
    }

    /** As typed back into the form: "১২.৫", no grouping. */
    public static String plain(BigDecimal value, boolean bangla) {
        return digits(stripped(value).toPlainString(), bangla);
    }

    /** As the tables show it: "১,২০,০০০", "২.৫"; a loss keeps its minus sign. */
    public static String figure(BigDecimal value, boolean bangla) {
        return digits(BanglaNumbers.groupedDecimal(stripped(value.setScale(2, RoundingMode.HALF_UP))), bangla);
    }

    public static String figure(long value, boolean bangla) {
        return digits(BanglaNumbers.groupedInteger(value), bangla);
    }

    public static String digits(String text, boolean bangla) {
        return bangla ? BanglaDigits.toBangla(text) : BanglaDigits.toLatin(text);
    }

    private static BigDecimal stripped(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
