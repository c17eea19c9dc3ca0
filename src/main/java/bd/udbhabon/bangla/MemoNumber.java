package bd.udbhabon.bangla;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A memo number (স্মারক নম্বর) or, without serial, a file number (নথি নম্বর), e.g.
 * ০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯ (seed 001), or with an endorsement suffix
 * ০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯/১(৭). See {@link MemoPattern} for the groups.
 *
 * <p>Components are stored with Latin digits. {@code serialSeparator} remembers whether the serial
 * was written after a '.' (the rule) or a '-' (as in the Cabinet Division's
 * ০৪.০০.০০০০.৮৩২.১৮.০০১.২৩-৭৭), so that {@link #format()} gives back what was parsed.
 * The constructor validates everything and throws {@link MemoNumberException}; it also accepts
 * Bangla digits and converts them.
 *
 * @param pattern         the layout of the fixed groups
 * @param groups          the fixed groups, Latin digits, lengths as the pattern says
 * @param serial          the letter serial in Latin digits, or null for a bare file number
 * @param endorsement     the copy-distribution suffix, or null; needs a serial
 * @param serialSeparator '.' or '-' (always '.' when there is no serial)
 */
public record MemoNumber(MemoPattern pattern, List<String> groups, String serial, Endorsement endorsement,
                         char serialSeparator) {

    public MemoNumber {
        Objects.requireNonNull(pattern, "pattern");
        groups = MemoNumberParser.checkGroups(pattern, groups);
        serial = MemoNumberParser.checkSerial(pattern, serial);
        if (serialSeparator != '.' && serialSeparator != '-') {
            throw new IllegalArgumentException("serial separator must be '.' or '-', was '" + serialSeparator + "'");
        }
        if (serial == null) {
            if (endorsement != null) {
                throw MemoNumberParser.endorsementWithoutSerial(pattern);
            }
            serialSeparator = '.';
        }
    }

    /** A memo number with the serial after a '.' (the usual form). */
    public MemoNumber(MemoPattern pattern, List<String> groups, String serial, Endorsement endorsement) {
        this(pattern, groups, serial, endorsement, '.');
    }

    /**
     * Parses a memo or file number written with Bangla or Latin digits (or a mix): groups separated
     * by '.', the serial after '.' or '-', an optional endorsement "/১(৭)". Whitespace around the
     * separators (OCR) is ignored; labels such as "নম্বর:" are not (strip them first).
     * The pattern is recognised from the number of groups and their lengths.
     *
     * @throws MemoNumberException naming the group that is wrong, in English and Bangla
     */
    public static MemoNumber parse(String s) {
        return MemoNumberParser.parse(s);
    }

    /** Like {@link #parse(String)}, empty instead of an exception. */
    public static Optional<MemoNumber> tryParse(String s) {
        try {
            return Optional.of(parse(s));
        } catch (MemoNumberException e) {
            return Optional.empty();
        }
    }

    /** Bangla digits: "০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯", "…২৩-৭৭", "…১৮.৮৯/১(৭)". */
    public String format() {
        return BanglaDigits.toBangla(formatLatin());
    }

    /** Latin digits: "05.55.2700.025.13.002.18.89". */
    public String formatLatin() {
        StringBuilder sb = new StringBuilder(40);
        appendGroups(sb);
        if (serial != null) {
            sb.append(serialSeparator).append(serial);
            if (endorsement != null) {
                sb.append(endorsement.formatLatin());
            }
        }
        return sb.toString();
    }

    /** The file number (নথি নম্বর): the fixed groups without serial, Bangla digits. */
    public String fileNumber() {
        return BanglaDigits.toBangla(fileNumberLatin());
    }

    /** The file number with Latin digits. */
    public String fileNumberLatin() {
        return appendGroups(new StringBuilder(32)).toString();
    }

    /** True for a bare file number (no serial). */
    public boolean isFileNumber() {
        return serial == null;
    }

    /** The same file number with another serial (Bangla or Latin digits; null for the bare file number). */
    public MemoNumber withSerial(String serial) {
        return new MemoNumber(pattern, groups, serial, serial == null ? null : endorsement, serialSeparator);
    }

    /** The same file number with {@code serial} written after {@code separator} ('.' or '-'). */
    public MemoNumber withSerial(String serial, char separator) {
        return new MemoNumber(pattern, groups, serial, serial == null ? null : endorsement, separator);
    }

    /** The same memo number with another endorsement (null to remove it). */
    public MemoNumber withEndorsement(Endorsement e) {
        return new MemoNumber(pattern, groups, serial, e, serialSeparator);
    }

    private StringBuilder appendGroups(StringBuilder sb) {
        for (int i = 0; i < groups.size(); i++) {
            if (i > 0) {
                sb.append('.');
            }
            sb.append(groups.get(i));
        }
        return sb;
    }
}
