package bd.udbhabon.bangla;

/**
 * How numbered items (paragraphs, list entries, decisions) are marked in Bangla documents.
 * Examples from the seeds: member table "০১." (seed 001), copy list "১)" (seed 001, 002),
 * distribution list "১।" (seed 003, 004), paragraphs "০৩।" (seed 002), sub-items "(১)" and "ক)"
 * (seed 000), decisions "(ক)" (seed 002).
 *
 * <p>Letters follow the Bangla consonant order of documents: ক খ গ ঘ ঙ চ ছ জ ঝ ঞ ট ঠ ড ঢ ণ
 * ত থ দ ধ ন প ফ ব ভ ম য র ল শ ষ স হ (32 letters); after হ the marks continue with two letters,
 * like spreadsheet columns: 33 = কক, 34 = কখ, ..., 64 = কহ, 65 = খক.
 */
public enum SerialStyle {
    /** "০১.", "০২.", ... "১০." (two digits at least). */
    PADDED_DOT,
    /** "১.", "২.". */
    DOT,
    /** "(১)", "(২)". */
    PAREN,
    /** "ক)", "খ)". */
    LETTER_PAREN,
    /** "(ক)", "(খ)". */
    LETTER_DOUBLE_PAREN,
    /** "১)", "২)". */
    CLOSE_PAREN,
    /** "১।", "২।" (with the danda). */
    DANDA,
    /** "০১।", "০২।" (two digits at least, with the danda). */
    PADDED_DANDA;

    private static final String LETTERS = "কখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহ";

    /**
     * The mark of item {@code n}.
     *
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public String format(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("serial numbers start at 1, got " + n);
        }
        StringBuilder sb = new StringBuilder(8);
        return switch (this) {
            case PADDED_DOT -> BanglaDigits.appendBangla(sb, n, 2).append('.').toString();
            case DOT -> BanglaDigits.appendBangla(sb, n, 1).append('.').toString();
            case PAREN -> BanglaDigits.appendBangla(sb.append('('), n, 1).append(')').toString();
            case LETTER_PAREN -> sb.append(letters(n)).append(')').toString();
            case LETTER_DOUBLE_PAREN -> sb.append('(').append(letters(n)).append(')').toString();
            case CLOSE_PAREN -> BanglaDigits.appendBangla(sb, n, 1).append(')').toString();
            case DANDA -> BanglaDigits.appendBangla(sb, n, 1).append('।').toString();
            case PADDED_DANDA -> BanglaDigits.appendBangla(sb, n, 2).append('।').toString();
        };
    }

    /** The letter sequence of item {@code n >= 1} without punctuation: 1 = ক, 32 = হ, 33 = কক. */
    public static String letters(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("serial numbers start at 1, got " + n);
        }
        int base = LETTERS.length();
        StringBuilder sb = new StringBuilder(4);
        for (int rest = n; rest > 0; rest = (rest - 1) / base) {
            sb.append(LETTERS.charAt((rest - 1) % base));
        }
        return sb.reverse().toString();
    }
}
