package bd.udbhabon.bangla;

/**
 * The suffix of a copy-distribution memo (পৃষ্ঠাঙ্কন): {@code /১(৭)} is endorsement number 1, sent
 * in 7 copies (seed 001: the copy list under ০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯/১(৭) has 7 entries).
 */
public record Endorsement(int number, int copies) {

    public Endorsement {
        if (number < 1) {
            throw new IllegalArgumentException("endorsement number must be >= 1, was " + number);
        }
        if (copies < 1) {
            throw new IllegalArgumentException("endorsement copies must be >= 1, was " + copies);
        }
    }

    /** "/১(৭)". */
    public String format() {
        return BanglaDigits.toBangla(formatLatin());
    }

    /** "/1(7)". */
    public String formatLatin() {
        return "/" + number + "(" + copies + ")";
    }

    /**
     * Parses "/১(৭)" or "/1(7)" (the leading '/' is optional; whitespace around the parts is ignored).
     *
     * @throws IllegalArgumentException if malformed
     */
    public static Endorsement parse(String s) {
        Endorsement e = MemoNumberParser.parseEndorsement(s);
        if (e == null) {
            throw new IllegalArgumentException("not an endorsement: '" + s + "' (expected e.g. /1(7))");
        }
        return e;
    }
}
