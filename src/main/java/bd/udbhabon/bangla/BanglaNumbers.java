package bd.udbhabon.bangla;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as written in Bangla documents: Bangla digits, '.' as decimal point, and (when grouped)
 * the South Asian grouping of lakh and crore: ১২,৩৪,৫৬৭ (last three digits, then pairs).
 */
public final class BanglaNumbers {

    private BanglaNumbers() {
    }

    /** "১২৩৪৫", no grouping; negative numbers get a leading '-'. */
    public static String integer(long n) {
        return BanglaDigits.toBangla(n);
    }

    /** "১ম", "২য়", "৩য়", "৪র্থ", "৫ম", "৬ষ্ঠ" … "১০ম", then "১১তম" …: the order of a meeting in its year. */
    public static String ordinal(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("an ordinal counts from 1: " + n);
        }
        String suffix = switch (n) {
            case 1, 5, 7, 8, 9, 10 -> "ম";
            case 2, 3 -> "য়";
            case 4 -> "র্থ";
            case 6 -> "ষ্ঠ";
            default -> "তম";
        };
        return BanglaDigits.toBangla(n) + suffix;
    }

    /** South Asian grouping: 1234567 -> "১২,৩৪,৫৬৭", 1000 -> "১,০০০", 999 -> "৯৯৯". */
    public static String groupedInteger(long n) {
        return BanglaDigits.toBangla(group(Long.toString(n)));
    }

    /**
     * The decimal as given, scale kept (no rounding, no exponent): 97.76 -> "৯৭.৭৬",
     * 85.0 -> "৮৫.০". Round first with {@link #decimal(BigDecimal, int)} if needed.
     */
    public static String decimal(BigDecimal v) {
        return BanglaDigits.toBangla(v.toPlainString());
    }

    /** Rounded half-up to {@code fractionDigits} digits, trailing zeros kept: (2/3, 2) -> "০.৬৭". */
    public static String decimal(BigDecimal v, int fractionDigits) {
        return decimal(v.setScale(fractionDigits, RoundingMode.HALF_UP));
    }

    /** Like {@link #decimal(BigDecimal)} with the integer part grouped: 1234567.5 -> "১২,৩৪,৫৬৭.৫". */
    public static String groupedDecimal(BigDecimal v) {
        String plain = v.toPlainString();
        int dot = plain.indexOf('.');
        String grouped = dot < 0 ? group(plain) : group(plain.substring(0, dot)) + plain.substring(dot);
        return BanglaDigits.toBangla(grouped);
    }

    /**
     * A percentage with trailing zeros stripped: 97.76 -> "৯৭.৭৬%", 100.00 -> "১০০%", 85.50 -> "৮৫.৫%".
     * The value is the percentage itself (97.76 means 97.76%), not a fraction.
     */
    public static String percent(BigDecimal v) {
        BigDecimal stripped = v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
        return BanglaDigits.toBangla(stripped.toPlainString()) + "%";
    }

    /**
     * {@code part / whole} as a percentage rounded half-up to at most {@code maxFractionDigits}
     * digits, trailing zeros stripped: (6, 6, 2) -> "১০০%", (2, 3, 2) -> "৬৬.৬৭%".
     *
     * @throws IllegalArgumentException if {@code whole} is 0 or {@code maxFractionDigits} is negative
     */
    public static String percent(long part, long whole, int maxFractionDigits) {
        if (whole == 0) {
            throw new IllegalArgumentException("percentage of a whole of 0 (part " + part + ")");
        }
        if (maxFractionDigits < 0) {
            throw new IllegalArgumentException("maxFractionDigits must be >= 0, was " + maxFractionDigits);
        }
        BigDecimal value = BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), maxFractionDigits, RoundingMode.HALF_UP);
        return percent(value);
    }

    /**
     * Parses a decimal written in Bangla or Latin digits (or a mix): optional sign, digits, optional
     * '.' and fraction digits; commas between digits of the integer part are accepted as grouping
     * ("১২,৩৪,৫৬৭.৫০"). Surrounding whitespace is ignored.
     *
     * @throws NumberFormatException for anything else (empty, letters, "%", two points, ...)
     */
    public static BigDecimal parseDecimal(String s) {
        if (s == null) {
            throw new NumberFormatException("null is not a number");
        }
        String text = s.strip();
        StringBuilder latin = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            latin.append(text.charAt(i++));
        }
        int integerDigits = 0;
        int fractionDigits = 0;
        boolean point = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            int digit = BanglaDigits.digitValue(c);
            if (digit >= 0) {
                latin.append((char) ('0' + digit));
                if (point) {
                    fractionDigits++;
                } else {
                    integerDigits++;
                }
            } else if (c == ',' && !point && integerDigits > 0 && i + 1 < n
                    && BanglaDigits.isDigit(text.charAt(i + 1))) {
                continue; // grouping separator between two digits of the integer part
            } else if (c == '.' && !point) {
                point = true;
                latin.append('.');
            } else {
                throw new NumberFormatException("not a number: '" + s + "' (unexpected '" + c + "' at " + i + ")");
            }
        }
        if (integerDigits == 0 || (point && fractionDigits == 0)) {
            throw new NumberFormatException("not a number: '" + s + "'");
        }
        return new BigDecimal(latin.toString());
    }

    /** Inserts South Asian grouping commas into an optionally signed run of ASCII digits. */
    private static String group(String digits) {
        int start = digits.startsWith("-") ? 1 : 0;
        int length = digits.length() - start;
        if (length <= 3) {
            return digits;
        }
        StringBuilder sb = new StringBuilder(digits.length() + length / 2);
        sb.append(digits, 0, start);
        int head = length - 3; // digits before the last three, grouped in pairs
        int first = head % 2 == 0 ? 2 : 1;
        int pos = start;
        sb.append(digits, pos, pos + first);
        pos += first;
        while (pos < digits.length() - 3) {
            sb.append(',').append(digits, pos, pos + 2);
            pos += 2;
        }
        return sb.append(',').append(digits, pos, digits.length()).toString();
    }
}
