package bd.udbhabon.bangla;

import com.ibm.icu.text.CollationKey;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.HexFormat;

/**
 * Unicode normalisation and Bangla alphabetical order.
 *
 * <p>Bangla text reaches the application in more than one encoding of the same letters: য় may be
 * typed as the single code point U+09DF or as য U+09AF + nukta U+09BC; ো as U+09CB or as
 * ে U+09C7 + া U+09BE. Normalise every text on input with {@link #normalize(String)} (NFC) before
 * storing, comparing or searching it. Note that NFC keeps য়, ড়, ঢ় <em>decomposed</em>
 * (U+09DC, U+09DD, U+09DF are Unicode composition exclusions): both typings of য় become
 * U+09AF U+09BC, which is also how the seed documents are encoded.
 */
public final class BanglaText {

    /** ICU collator for Bangla, canonical-equivalence aware, frozen (thread-safe). */
    private static final Collator COLLATOR = newCollator();

    private static final Comparator<String> COMPARATOR = new BanglaComparator();

    private BanglaText() {
    }

    /**
     * Unicode NFC of {@code s} (null-safe). Only normalises: it does not trim or change
     * whitespace or digits.
     */
    public static String normalize(String s) {
        if (s == null || Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            return s;
        }
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * Bangla alphabetical order (ICU collation for locale {@code bn}, CLDR rules: vowels, then
     * consonants ক..হ, with ং ঃ ঁ before the vowel signs). Canonically equivalent strings compare
     * equal, so inputs need not be normalised first. Thread-safe; does not accept null (wrap it
     * with {@link Comparator#nullsFirst(Comparator)} if needed).
     */
    public static Comparator<String> collator() {
        return COMPARATOR;
    }

    /**
     * The ICU collation key of {@code s} as lowercase hex: comparing two keys bytewise (or as
     * strings) gives the same order as {@link #collator()}. Useful to store a sort column.
     * The key depends on the ICU version; recompute stored keys when ICU is upgraded.
     */
    public static String sortKeyHex(String s) {
        CollationKey key = COLLATOR.getCollationKey(s);
        byte[] bytes = key.toByteArray();
        // toByteArray() ends with the terminating 0 byte; leave it out so that a prefix sorts first.
        int length = bytes.length > 0 && bytes[bytes.length - 1] == 0 ? bytes.length - 1 : bytes.length;
        return HexFormat.of().formatHex(bytes, 0, length);
    }

    /** NFC of each value; for the module's own word tables, whatever the source file's encoding. */
    static String[] nfc(String... values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = normalize(values[i]);
        }
        return out;
    }

    private static Collator newCollator() {
        Collator collator = Collator.getInstance(new ULocale("bn"));
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        collator.setStrength(Collator.TERTIARY);
        return collator.freeze();
    }

    private static final class BanglaComparator implements Comparator<String> {
        @Override
        public int compare(String a, String b) {
            return COLLATOR.compare(a, b);
        }

        @Override
        public String toString() {
            return "BanglaText.collator() (ICU bn)";
        }
    }
}
