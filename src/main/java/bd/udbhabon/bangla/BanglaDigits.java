package bd.udbhabon.bangla;

/**
 * Conversion between ASCII digits (0-9) and Bangla digits (০-৯, U+09E6..U+09EF).
 * Every other character passes through untouched. All methods are null-safe where they take a
 * string (null in, null out).
 */
public final class BanglaDigits {

    /** U+09E6 BENGALI DIGIT ZERO. */
    public static final char ZERO = '\u09E6';

    private BanglaDigits() {
    }

    /** Every ASCII digit becomes the Bangla digit; the rest is untouched. {@code "2023-24"} -> {@code "২০২৩-২৪"}. */
    public static String toBangla(String s) {
        if (s == null) {
            return null;
        }
        int i = firstIndex(s, '0', '9');
        if (i < 0) {
            return s;
        }
        char[] chars = s.toCharArray();
        for (; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '0' && c <= '9') {
                chars[i] = (char) (c - '0' + ZERO);
            }
        }
        return new String(chars);
    }

    /** The number in Bangla digits, no grouping: {@code 12345} -> {@code "১২৩৪৫"}, {@code -7} -> {@code "-৭"}. */
    public static String toBangla(long n) {
        return toBangla(Long.toString(n));
    }

    /** Every Bangla digit becomes the ASCII digit; the rest is untouched. */
    public static String toLatin(String s) {
        if (s == null) {
            return null;
        }
        int i = firstIndex(s, ZERO, (char) (ZERO + 9));
        if (i < 0) {
            return s;
        }
        char[] chars = s.toCharArray();
        for (; i < chars.length; i++) {
            char c = chars[i];
            if (c >= ZERO && c <= ZERO + 9) {
                chars[i] = (char) (c - ZERO + '0');
            }
        }
        return new String(chars);
    }

    /** True for an ASCII digit or a Bangla digit. */
    public static boolean isDigit(char c) {
        return digitValue(c) >= 0;
    }

    /** True for a Bangla digit (০-৯) only. */
    public static boolean isBanglaDigit(char c) {
        return c >= ZERO && c <= ZERO + 9;
    }

    /** The value 0..9 of an ASCII or Bangla digit, or -1 for any other character. */
    public static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= ZERO && c <= ZERO + 9) {
            return c - ZERO;
        }
        return -1;
    }

    /** The Bangla digit of a value 0..9. */
    static char banglaDigit(int value) {
        return (char) (ZERO + value);
    }

    /** Appends {@code n >= 0} in Bangla digits, left-padded with ০ to at least {@code width} digits. */
    static StringBuilder appendBangla(StringBuilder sb, int n, int width) {
        if (n < 0) {
            throw new IllegalArgumentException("negative: " + n);
        }
        int digits = 1;
        for (int rest = n / 10; rest > 0; rest /= 10) {
            digits++;
        }
        for (int i = digits; i < width; i++) {
            sb.append(ZERO);
        }
        int start = sb.length();
        sb.setLength(start + digits);
        for (int i = start + digits - 1; i >= start; i--) {
            sb.setCharAt(i, banglaDigit(n % 10));
            n /= 10;
        }
        return sb;
    }

    private static int firstIndex(String s, char from, char to) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= from && c <= to) {
                return i;
            }
        }
        return -1;
    }
}
